import { shortened } from '../untrusted-text.js';
import { visible } from '../visible.js';

/**
 * The only way markup is made. `html` is a tagged template: every interpolated value is escaped unless it is already
 * `Markup` built by `html` itself, so a document string can never become markup by being forgotten. Values are only
 * ever interpolated into text or quoted attribute values, where escaping `& < > " '` is enough.
 */
export class Markup {
  readonly #text: string;
  constructor(text: string) {
    this.#text = text;
  }
  toString(): string {
    return this.#text;
  }
}

/** What may be interpolated: nothing renders as empty, arrays are concatenated. */
export type Interpolation = Markup | string | number | boolean | null | undefined | readonly Interpolation[];

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * A document string as HTML text: controls and bidi characters are written as escapes the way every output writes
 * them (`visible`: `\n`, `\u202e`), hostile lengths are cut, then the five special characters become entities.
 */
export function escapeHtml(value: string): string {
  return shortened(visible(value)).replace(/[&<>"']/g, (char) => ENTITIES[char] as string);
}

function render(value: Interpolation): string {
  if (value instanceof Markup) return value.toString();
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false || value === true) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: readonly Interpolation[]): Markup {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new Markup(out);
}
