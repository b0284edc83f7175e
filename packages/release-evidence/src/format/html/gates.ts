import type { ReleaseReadiness } from '../../contract/index.js';
import { deferralEntryLines, remedyText } from '../catalogue.js';
import { humanSpan } from '../durations.js';
import type { EvidenceAge } from '../evidence-age.js';
import { shortDigest } from '../short-digest.js';
import { isoInstant } from '../time-text.js';
import { html, Markup } from './escape.js';
import { code, shown, statusBadge, value } from './labels.js';

type Gate = ReleaseReadiness['gates'][number];

/** Above this share of its max age, evidence is about to go stale. */
const NEAR_SHARE = 0.75;

export function gatesSection(gates: readonly Gate[], ages: ReadonlyMap<string, EvidenceAge>): Markup {
  if (gates.length === 0)
    return html`<section aria-labelledby="gates-title"><h2 id="gates-title">Gates</h2><p>No gates.</p></section>`;
  const withRemedy = gates.some((gate) => gate.remedy !== undefined);
  const rows = gates.map((gate) => gateRow(gate, ages.get(gate.gate), withRemedy));
  return html`<section aria-labelledby="gates-title">
<h2 id="gates-title">Gates</h2>
<table>
<thead><tr><th scope="col" class="gate">Gate</th><th scope="col" class="required">Required</th><th scope="col" class="status">Status</th><th scope="col" class="evidence">Evidence</th><th scope="col" class="age-column">Age against max age</th><th scope="col">Reasons</th>${withRemedy ? html`<th scope="col">What would make it pass</th>` : ''}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}

function gateRow(gate: Gate, age: EvidenceAge | undefined, withRemedy: boolean): Markup {
  const underlying =
    gate.underlying === undefined ? '' : html` <span class="note">was ${statusBadge(gate.underlying)}</span>`;
  const superseded = gate.superseded.length > 0 ? html`<p class="note">${gate.superseded.length} superseded</p>` : '';
  const evidence = gate.evidence
    ? html`${code(gate.evidence.id)}<br>${code(shortDigest(gate.evidence.digest))}${superseded}`
    : html`<span class="note">none</span>`;
  const reasons =
    gate.reasons.length === 0
      ? ''
      : html`<ul class="plain">${gate.reasons.map((reason) => html`<li>${code(reason.code)}: ${value(reason.message)}</li>`)}</ul>`;
  const remedy = withRemedy ? html`<td>${gate.remedy ? remedyCell(gate.remedy) : ''}</td>` : '';
  return html`<tr>
<th scope="row">${code(gate.gate)}</th>
<td>${gate.required ? 'yes' : 'no'}</td>
<td>${statusBadge(gate.status)}${underlying}</td>
<td>${evidence}</td>
<td>${age ? ageCell(age) : html`<span class="note">no dated evidence</span>`}</td>
<td>${reasons}</td>
${remedy}
</tr>`;
}

/** A bar of age against max age, with the same facts in text: the bar is decoration for sighted readers. */
export function ageCell(age: EvidenceAge): Markup {
  const share = age.maxAgeMs > 0 ? Math.max(0, age.ageMs) / age.maxAgeMs : 1;
  const tone = share > 1 ? 'over' : share >= NEAR_SHARE ? 'near' : 'ok';
  const width = Math.round(Math.min(share, 1) * 1000) / 10;
  const holdsUntil = isoInstant(age.holdsUntilMs);
  const status =
    share > 1 ? `stale for ${humanSpan(age.ageMs - age.maxAgeMs)}` : `holds until ${holdsUntil ?? 'far in the future'}`;
  return html`<svg class="age" width="180" height="12" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="track" width="100" height="10" rx="2"></rect><rect class="${tone}" width="${width}" height="10" rx="2"></rect></svg>
${humanSpan(age.ageMs)} of ${code(age.maxAge)} · ${status}`;
}

/** Lines of a `<pre>` block: each escaped on its own, joined by real line breaks (escaped, `\n` would show as text). */
function lines(entries: readonly string[]): Markup {
  return new Markup(entries.map((line) => html`${line}`.toString()).join('\n'));
}

/**
 * The remedy in the catalogue's words (the same sentence the text and Markdown views give), the template's command
 * when it names one, and for a deferrable gate the ready-to-paste `acceptedDeferrals` entry.
 */
function remedyCell(remedy: NonNullable<Gate['remedy']>): Markup {
  // The catalogue's own words are constants without markup characters; every value in them goes through `shown`.
  const sentence = new Markup(remedyText(remedy.code, remedy.args, shown));
  const command = typeof remedy.args.command === 'string' ? html`<p>run: ${code(remedy.args.command)}</p>` : '';
  const entry = deferralEntryLines(remedy.args);
  const deferral = entry
    ? html`<p>${new Markup(remedyText('add-deferral', remedy.args, shown))}:</p><pre><code>${lines(entry)}</code></pre>`
    : '';
  return html`${sentence}${command}${deferral}`;
}
