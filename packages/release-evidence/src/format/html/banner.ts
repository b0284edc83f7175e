import type { ReleasePacket, ReleaseReadiness } from '../../contract/index.js';
import { shortDigest } from '../markdown.js';
import { html, type Markup } from './escape.js';
import { code, value, verdictLook } from './labels.js';

/** The verdict first, in words and colour, then what it is about and how long it holds. */
export function verdictBanner(
  readiness: ReleaseReadiness,
  packet: ReleasePacket | undefined,
  firstExpiry: string | undefined,
): Markup {
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
${holdsUntil(readiness.validUntil, firstExpiry)}
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
      html`<li>${code(warning.code)}${warning.gate === undefined ? '' : html` (gate ${code(warning.gate)})`}: ${value(warning.message)}</li>`,
  );
  return html`<section class="warnings" aria-labelledby="warnings-title">
<h2 id="warnings-title">Warnings</h2>
<ul class="plain">${items}</ul>
</section>`;
}

/** `validUntil` when readiness states it; otherwise the first expiry of the evidence, which is what a reader asks. */
function holdsUntil(validUntil: string | undefined, firstExpiry: string | undefined): Markup {
  if (validUntil !== undefined) return html`<dt>Holds until</dt><dd>${value(validUntil)}</dd>`;
  if (firstExpiry === undefined) return html``;
  return html`<dt>Evidence first expires</dt><dd>${firstExpiry}</dd>`;
}
