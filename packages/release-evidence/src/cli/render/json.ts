// JSON renderers: one document on stdout (spec §10). Values are handed to the sink, which serialises them.
import { findingJson } from '../../format/index.js';
import { renderProblem } from '../../problem/index.js';
import type { Output } from '../result.js';
import type { ScanRunResult } from '../scan.js';
import type { ValidateRunResult } from '../validate.js';
import type { VerifyRunResult } from '../verify-packet.js';
import { fileErrorJson, fileErrorMessage } from './file-error.js';

/**
 * `scan --format json`: `{ ok, findings: [{ path, …finding }], errors: [{ path, code, message }] }`, and
 * `omitted: [{ path, findings }]` when a file had more findings than are listed.
 */
export function scanJson({ files }: ScanRunResult): Output {
  const findings = files.flatMap(({ path, findings }) =>
    findings.map((finding) => ({ path, ...findingJson(finding) })),
  );
  const errors = files.flatMap(({ path, error }) =>
    error ? [{ path, code: error.code, message: fileErrorMessage(error) }] : [],
  );
  const omitted = files.flatMap(({ path, omittedFindings }) =>
    omittedFindings ? [{ path, findings: omittedFindings }] : [],
  );
  const value = { ok: findings.length === 0 && errors.length === 0, findings, errors };
  return { type: 'json', value: omitted.length === 0 ? value : { ...value, omitted } };
}

/** `validate --format json`: `{ ok, documents: [{ path, kind, id, ok, errors, findings, omittedFindings? }] }`. */
export function validateJson({ documents }: ValidateRunResult): Output {
  const ok = documents.every((document) => document.ok);
  const shown = documents.map(({ path, kind, id, ok: valid, errors, findings, omittedFindings }) => ({
    path,
    kind,
    id,
    ok: valid,
    errors: errors.map(fileErrorJson),
    findings: findings.map(findingJson),
    ...(omittedFindings ? { omittedFindings } : {}),
  }));
  return { type: 'json', value: { ok, documents: shown } };
}

/** A JSON value as it is, in canonical member order (readiness, in-toto, packet verification). */
export function canonicalJson(value: unknown, pretty = false): Output {
  return { type: 'json', value, canonical: true, pretty };
}

/** `verify-packet --format json`: the verification, each reason as `{ code, message }` with its sentence rendered. */
export function verifyJson({ verification }: VerifyRunResult): Output {
  const reasons = verification.reasons.map((reason) => ({ code: reason.code, message: renderProblem(reason) }));
  return canonicalJson({ ...verification, reasons });
}
