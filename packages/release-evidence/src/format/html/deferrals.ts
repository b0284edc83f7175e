import { parseTimestamp, type ReleaseCandidate, type ReleaseReadiness } from '../../contract/index.js';
import { humanSpan } from '../durations.js';
import { html, type Markup } from './escape.js';
import { code, deferralBadge, value } from './labels.js';

/** §7: a deferral that expires within this long of `now` is about to expire. */
const EXPIRING_WINDOW_MS = 7 * 86_400_000;

type Accepted = ReleaseCandidate['acceptedDeferrals'][number];

/** Where an instant sits on the timeline, 0–100. */
type Scale = (ms: number) => number;

/**
 * Each deferral on one shared time axis: a bar from now to its expiry (or from its expiry to now once expired), with
 * the "expiring soon" week shaded. Expiry dates come from the candidate; without it the table lists statuses only.
 */
export function deferralsSection(readiness: ReleaseReadiness, candidate: ReleaseCandidate | undefined): Markup {
  const title = html`<h2 id="deferrals-title">Deferrals</h2>`;
  if (readiness.deferrals.length === 0) {
    return html`<section aria-labelledby="deferrals-title">${title}<p>No deferrals were accepted.</p></section>`;
  }
  const nowMs = parseTimestamp(readiness.now);
  const accepted = new Map((candidate?.acceptedDeferrals ?? []).map((entry) => [entry.id, entry]));
  const expiries = [...accepted.values()].map((entry) => parseTimestamp(entry.expiresAt)).filter(Number.isFinite);
  const scale = Number.isFinite(nowMs) ? scaleOver([nowMs, ...expiries]) : undefined;
  const rows = readiness.deferrals.map((deferral) => {
    const entry = accepted.get(deferral.id);
    return html`<tr>
<th scope="row">${code(deferral.id)}</th>
<td>${code(deferral.gate)}</td>
<td>${deferralBadge(deferral.status)}</td>
<td>${entry ? code(entry.reference) : ''}</td>
<td>${entry && scale ? timeline(entry, nowMs, scale) : ''}${entry ? expiryText(entry, nowMs) : html`<span class="note">expiry not given</span>`}</td>
</tr>`;
  });
  return html`<section aria-labelledby="deferrals-title">
${title}
<table>
<thead><tr><th scope="col">Deferral</th><th scope="col">Gate</th><th scope="col" class="status">Status</th><th scope="col">Reference</th><th scope="col">Expiry (shaded: the next 7 days)</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}

/** A linear map from the earliest to the latest instant; `undefined` when they coincide. */
function scaleOver(instants: readonly number[]): Scale | undefined {
  const start = Math.min(...instants);
  const end = Math.max(...instants);
  if (!(end > start)) return undefined;
  return (ms) => Math.round(((Math.min(Math.max(ms, start), end) - start) / (end - start)) * 1000) / 10;
}

function timeline(entry: Accepted, nowMs: number, x: Scale): Markup {
  const expiryMs = parseTimestamp(entry.expiresAt);
  if (!Number.isFinite(expiryMs)) return html``;
  const [from, to, tone] = expiryMs > nowMs ? [nowMs, expiryMs, 'left'] : [expiryMs, nowMs, 'gone'];
  const soonEnd = x(nowMs + EXPIRING_WINDOW_MS);
  return html`<svg class="age" width="240" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="track" width="100" height="14"></rect><rect class="soon" x="${x(nowMs)}" width="${Math.max(0, soonEnd - x(nowMs))}" height="14"></rect><rect class="${tone}" x="${x(from)}" y="3" width="${Math.max(0.5, x(to) - x(from))}" height="8" rx="2"></rect><line class="now" x1="${x(nowMs)}" x2="${x(nowMs)}" y1="0" y2="14"></line></svg>`;
}

function expiryText(entry: Accepted, nowMs: number): Markup {
  const leftMs = parseTimestamp(entry.expiresAt) - nowMs;
  if (!Number.isFinite(leftMs)) return html`expires ${value(entry.expiresAt)}`;
  if (leftMs <= 0) return html`expired ${value(entry.expiresAt)} (${humanSpan(-leftMs)} ago)`;
  const soon = leftMs <= EXPIRING_WINDOW_MS ? html` <strong>expiring soon</strong>` : '';
  return html`expires ${value(entry.expiresAt)} (in ${humanSpan(leftMs)})${soon}`;
}
