import { GATE_STATUSES } from '../../contract/index.js';
import { html, type Interpolation, type Markup } from './escape.js';

// The report's own words and CSS classes. A document string is never used as a class: it is looked up here, and an
// unknown value gets the `unknown` class while its text is shown escaped.

interface Look {
  readonly className: string;
  readonly words: string;
}

const VERDICTS: Readonly<Record<string, Look>> = {
  ready: { className: 'ready', words: 'Ready' },
  'ready-with-deferrals': { className: 'deferred', words: 'Ready with deferrals' },
  'awaiting-operator': { className: 'awaiting', words: 'Awaiting operator' },
  blocked: { className: 'blocked', words: 'Blocked' },
};

const DEFERRAL_STATUSES: Readonly<Record<string, Look>> = {
  applied: { className: 'deferred', words: 'applied' },
  unused: { className: 'missing', words: 'unused' },
  expired: { className: 'stale', words: 'expired' },
  'unknown-gate': { className: 'invalid', words: 'unknown gate' },
  'not-allowed': { className: 'fail', words: 'not allowed' },
};

function lookOf(table: Readonly<Record<string, Look>>, value: string): Look {
  return Object.hasOwn(table, value) ? (table[value] as Look) : { className: 'unknown', words: value };
}

export const verdictLook = (verdict: string): Look => lookOf(VERDICTS, verdict);

/** A gate status as a coloured badge (its class is the status itself); the word is always there, so colour is never
 * the only signal. */
export function statusBadge(status: string): Markup {
  const className = (GATE_STATUSES as readonly string[]).includes(status) ? status : 'unknown';
  return html`<span class="badge ${className}">${status}</span>`;
}

export function deferralBadge(status: string): Markup {
  const look = lookOf(DEFERRAL_STATUSES, status);
  return html`<span class="badge ${look.className}">${look.words}</span>`;
}

/**
 * A document string inline: isolated for bidi, so right-to-left text in it cannot reorder the words around it
 * (controls are already shown as `\uXXXX` by the escaper).
 */
export function value(text: Interpolation): Markup {
  return html`<bdi>${text}</bdi>`;
}

/** A document string shown as code: ids, digests, pointers. */
export function code(text: Interpolation): Markup {
  return html`<code><bdi>${text}</bdi></code>`;
}

/** How the catalogue (remedies, warnings) shows a document value in this page: escaped, as code. */
export const shown = (text: string): string => code(text).toString();
