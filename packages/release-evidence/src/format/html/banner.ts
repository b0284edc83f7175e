import type { ReleasePacket, ReleaseReadiness } from '../../contract/index.js';
import { parseTimestamp } from '../../contract/index.js';
import { warningText } from '../catalogue.js';
import { humanSpan } from '../durations.js';
import { shortDigest } from '../short-digest.js';
import { html, Markup } from './escape.js';
import { code, shown, value, verdictLook } from './labels.js';

/** The verdict first, in words and colour, then what it is about and how long it holds. */
export function verdictBanner(readiness: ReleaseReadiness, packet: ReleasePacket | undefined): Markup {
  const look = verdictLook(readiness.verdict);
  const { subject } = readiness;
  const counts = Object.entries(readiness.summary ?? {})
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`)
    .join(', ');
  return html`<header class="banner ${look.className}">
<p class="eyebrow">${packet ? 'Release packet' : 'Release readiness'}</p>
<h1>Verdict: <span class="badge ${look.className}">${look.words}</span></h1>
<dl class="facts">
<dt>Repository</dt><dd>${code(subject.repository)}</dd>
<dt>Branch</dt><dd>${code(subject.branch)}</dd>
<dt>Commit</dt><dd>${code(subject.commitSha)}</dd>
<dt>Milestone</dt><dd>${code(readiness.milestone.id)}</dd>
<dt>Evaluated at</dt><dd>${value(readiness.now)}</dd>
${holdsUntil(readiness)}
${traffic(readiness)}
<dt>Gates</dt><dd>${counts || 'none'}</dd>
${packet ? html`<dt>Packet</dt><dd>${code(packet.id)} ${code(shortDigest(packet.packetDigest))}</dd>` : ''}
</dl>
</header>`;
}

/** §7's optional warnings; a readiness without them has no such section. */
export function warningsSection(readiness: ReleaseReadiness): Markup {
  const warnings = readiness.warnings ?? [];
  if (warnings.length === 0) return html``;
  const items = warnings.map(
    (warning) =>
      html`<li>${code(warning.code)}${warning.gate === undefined ? '' : html` (gate ${code(warning.gate)})`}: ${new Markup(warningText(warning, shown))}</li>`,
  );
  return html`<section class="warnings" aria-labelledby="warnings-title">
<h2 id="warnings-title">Warnings</h2>
<ul class="plain">${items}</ul>
</section>`;
}

/** §7: `validUntil` is the first instant the verdict changes; absent, nothing in the inputs expires. */
function holdsUntil(readiness: ReleaseReadiness): Markup {
  if (readiness.validUntil === undefined) {
    return html`<dt>Holds until</dt><dd>the inputs change: nothing in them expires</dd>`;
  }
  const leftMs = parseTimestamp(readiness.validUntil) - parseTimestamp(readiness.now);
  const left = Number.isFinite(leftMs) ? html` (in ${humanSpan(leftMs)}); then the verdict changes` : '';
  return html`<dt>Holds until</dt><dd><strong>${value(readiness.validUntil)}</strong>${left}</dd>`;
}

/** A ready verdict states how much production traffic the operator approved. */
function traffic(readiness: ReleaseReadiness): Markup {
  if (readiness.approvedTrafficPercent === undefined || !readiness.verdict.startsWith('ready')) return html``;
  return html`<dt>Approved traffic</dt><dd><strong>${readiness.approvedTrafficPercent}%</strong> of production</dd>`;
}
