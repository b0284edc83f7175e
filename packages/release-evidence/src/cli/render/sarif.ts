import { toSarif } from '../../format/index.js';
import type { Output } from '../result.js';
import type { ScanRunResult } from '../scan.js';
import { repositoryPath } from '../scan-inputs.js';
import { VERSION } from '../version.js';

/** `scan --format sarif`: SARIF 2.1.0 for GitHub code scanning, paths relative to the working directory. */
export function scanSarif({ files }: ScanRunResult): Output {
  const inputs = files.map(({ path, findings, omittedFindings }) => ({
    path: repositoryPath(path),
    findings,
    ...(omittedFindings ? { omittedFindings } : {}),
  }));
  return { type: 'json', value: toSarif(inputs, VERSION) };
}
