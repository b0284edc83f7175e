/**
 * A string-keyed map that forgets everything once it holds `limit` entries, for results that documents repeat.
 *
 * Keys are strings read out of a document, and V8 keeps a substring of 13 or more characters as a view of the text
 * it was cut from: a cached key would keep that whole file in memory, and a directory scan's memory would grow with
 * the corpus. So a key is copied when it is stored; a value that holds such strings must be made of copies too
 * (`detached`).
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): void {
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(detached(key), value);
  }
}

/** The same characters in storage of their own: joining flattens into a new string, and the slice is a view of that. */
export function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
