import type { ReleasePacket, ReleaseReadiness } from '../../contract/index.js';
import { compareText } from '../../json/compare.js';
import type { ReportDocument } from '../evidence-age.js';
import { shortDigest } from '../short-digest.js';
import { html, type Markup } from './escape.js';
import { code } from './labels.js';

type Input = ReleaseReadiness['inputs'][number];

/** What readiness read, one row per input. A document with privacy findings may carry the secret in its id: withheld. */
export function inputsSection(inputs: readonly Input[], artifacts: ReleasePacket['artifacts'] | undefined): Markup {
  const title = html`<h2 id="inputs-title">Inputs</h2>`;
  if (inputs.length === 0) {
    return html`<section aria-labelledby="inputs-title">${title}<p>No evidence documents were given.</p></section>`;
  }
  const classByDigest = new Map((artifacts ?? []).map((artifact) => [artifact.digest, artifact.class]));
  const classColumn = artifacts !== undefined;
  const rows = inputs.map(
    (input) => html`<tr>
<td>${code(input.kind)}</td>
<td>${input.findings > 0 || input.id === undefined ? html`<span class="note">(withheld)</span>` : code(input.id)}</td>
${classColumn ? html`<td>${code(classByDigest.get(input.digest))}</td>` : ''}
<td>${input.valid ? 'yes' : html`<strong>no</strong>`}</td>
<td>${input.findings}</td>
<td>${code(shortDigest(input.digest))}</td>
</tr>`,
  );
  return html`<section aria-labelledby="inputs-title">
${title}
<table>
<thead><tr><th scope="col">Kind</th><th scope="col">Id</th>${classColumn ? html`<th scope="col">Class</th>` : ''}<th scope="col">Valid</th><th scope="col">Findings</th><th scope="col">Digest</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}

/**
 * Each privacy finding: where it is and which rule matched, shown as the scanner redacted it. The value is never
 * here: the scanner's `redacted` is a documented public prefix or `[redacted]`, and pointer segments that are
 * themselves findings are already `~redacted`.
 */
export function findingsSection(inputs: readonly Input[], documents: readonly ReportDocument[] | undefined): Markup {
  const title = html`<h2 id="findings-title">Privacy findings</h2>`;
  const total = inputs.reduce((sum, input) => sum + Math.max(input.findings, 0), 0);
  if (total === 0) return html`<section aria-labelledby="findings-title">${title}<p>No privacy findings.</p></section>`;
  const kindByDigest = new Map(inputs.map((input) => [input.digest, input.kind]));
  const rows = (documents ?? [])
    .flatMap((document) => document.findings.map((finding) => ({ digest: document.digest, finding })))
    .sort(
      (a, b) =>
        compareText(a.digest, b.digest) ||
        a.finding.line - b.finding.line ||
        a.finding.column - b.finding.column ||
        compareText(a.finding.rule, b.finding.rule),
    )
    .map(
      ({ digest, finding }) => html`<tr>
<td>${code(kindByDigest.get(digest))} ${code(shortDigest(digest))}</td>
<td>${code(finding.rule)}</td>
<td>${code(finding.class)}</td>
<td>${code(finding.pointer)} <span class="note">line ${finding.line}, column ${finding.column}</span></td>
<td>${code(finding.redacted)}</td>
</tr>`,
    );
  if (rows.length === 0) {
    return html`<section aria-labelledby="findings-title">${title}<p>${total} findings; their details were not given to this report. Run <code>release-evidence scan</code> on the inputs.</p></section>`;
  }
  return html`<section aria-labelledby="findings-title">
${title}
<table>
<thead><tr><th scope="col">Input</th><th scope="col">Rule</th><th scope="col">Class</th><th scope="col">Where</th><th scope="col">Shown as</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
${rows.length < total ? html`<p>${total - rows.length} more findings are not listed here. Run <code>release-evidence scan</code> on the inputs.</p>` : ''}
</section>`;
}
