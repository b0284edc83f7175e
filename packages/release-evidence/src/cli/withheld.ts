import { visible } from '../format/index.js';
import { compareText } from '../json/compare.js';
import { REDACTED } from '../privacy/redact.js';

/**
 * The values a run withholds, and every form they take in output: as they are, made visible, JSON-escaped and
 * percent-encoded (SARIF URIs). Replacement is one pass over the text: forms are bucketed by their first characters,
 * so the cost grows with the text, not with text × forms.
 */
export class Withheld {
  private readonly values = new Set<string>();
  private buckets: Map<string, string[]> | undefined;
  private keyLength = 0;

  add(values: readonly string[]): void {
    for (const value of values) {
      if (value === '' || this.values.has(value)) continue;
      // Kept to the end of the run: the scanner's withheld values are copies, never views of the file they were in.
      this.values.add(value);
      this.buckets = undefined;
    }
  }

  get size(): number {
    return this.values.size;
  }

  /** `text` with every withheld form replaced by `[redacted]`, longest match first. */
  redact(text: string): string {
    if (this.values.size === 0) return text;
    const buckets = this.bucketsOf();
    const k = this.keyLength;
    if (text.length < k) return text;
    let out = '';
    let copied = 0;
    for (let index = 0; index + k <= text.length; ) {
      const match = buckets.get(text.slice(index, index + k))?.find((form) => text.startsWith(form, index));
      if (match === undefined) {
        index++;
        continue;
      }
      out += text.slice(copied, index) + REDACTED;
      index += match.length;
      copied = index;
    }
    return copied === 0 ? text : out + text.slice(copied);
  }

  private bucketsOf(): Map<string, string[]> {
    if (this.buckets) return this.buckets;
    const forms = new Set<string>();
    for (const value of this.values) for (const form of formsOf(value)) if (form !== '') forms.add(form);
    const sorted = [...forms].sort((a, b) => b.length - a.length || compareText(a, b));
    this.keyLength = Math.min(8, ...sorted.map((form) => form.length));
    const buckets = new Map<string, string[]>();
    for (const form of sorted) {
      const key = form.slice(0, this.keyLength);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(form);
      else buckets.set(key, [form]);
    }
    this.buckets = buckets;
    return buckets;
  }
}

function formsOf(value: string): string[] {
  const forms = [value, visible(value), JSON.stringify(value).slice(1, -1)];
  try {
    forms.push(encodeURIComponent(value));
  } catch {
    // A lone surrogate cannot be percent-encoded, so it cannot appear in a URI either.
  }
  return forms;
}
