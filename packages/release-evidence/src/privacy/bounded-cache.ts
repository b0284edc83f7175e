/**
 * A string-keyed map of at most two generations of `limit` entries (4096 by default), for results that documents repeat: once the
 * newer generation is full, the older one is forgotten and a new one starts. A result still in use is worked out again
 * at most once per generation.
 *
 * Keep `limit` at 4096 or under: a map's table of more entries (over 128 KB) lives in V8's large-object space, and there
 * each insertion cost about ten times as much (87k distinct names: 330 ns a `set` under a 20,000 limit, 34 under 4096).
 *
 * Keys are strings read out of a document, and V8 keeps a substring of 13 or more characters as a view of the text
 * it was cut from: a cached key would keep that whole file in memory, and a directory scan's memory would grow with
 * the corpus. So a key is copied when it is stored; a value that holds such strings must be made of copies too
 * (`detached`).
 */
export class BoundedCache<V> {
  private newer = new Map<string, V>();
  private older = new Map<string, V>();

  constructor(private readonly limit = 4096) {}

  get(key: string): V | undefined {
    const value = this.newer.get(key);
    return value === undefined ? this.older.get(key) : value;
  }

  set(key: string, value: V): void {
    if (this.newer.size >= this.limit) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(detached(key), value);
  }
}

/** The same characters in storage of their own: joining flattens into a new string, and the slice is a view of that. */
export function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
