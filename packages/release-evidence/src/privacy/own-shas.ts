/**
 * The commit SHAs a document names (40 or 64 lower-case hex digits), and which of them a string quotes. A document may
 * name thousands, and every long string is checked against them: looking each one up in the string cost strings ×
 * SHAs, so past a few the string's own hex runs are looked up in the set instead, which costs the string's length.
 */
export class ShaSet {
  private readonly order = new Map<string, number>();

  add(sha: string): void {
    if (!this.order.has(sha)) this.order.set(sha, this.order.size);
  }

  /** True when `value` quotes one of the SHAs. */
  quotedIn(value: string): boolean {
    return this.quoted(value).length > 0;
  }

  /** `value` with each SHA it quotes replaced by a space, in the order the SHAs were added (they may overlap). */
  without(value: string): string {
    let result = value;
    for (const sha of this.quoted(value)) if (result.includes(sha)) result = result.replaceAll(sha, ' ');
    return result;
  }

  /** The SHAs `value` quotes, in the order they were added. */
  private quoted(value: string): string[] {
    if (value.length < 40 || this.order.size === 0) return [];
    if (this.order.size <= FEW) return [...this.order.keys()].filter((sha) => value.includes(sha));
    const found = new Set<string>();
    for (let start = 0; start < value.length; ) {
      if (!isHex(value.charCodeAt(start))) {
        start++;
        continue;
      }
      let end = start + 1;
      while (end < value.length && isHex(value.charCodeAt(end))) end++;
      for (const length of [40, 64]) {
        for (let at = start; at + length <= end; at++) {
          const window = value.slice(at, at + length);
          if (this.order.has(window)) found.add(window);
        }
      }
      start = end;
    }
    return [...found].sort((a, b) => (this.order.get(a) as number) - (this.order.get(b) as number));
  }
}

// Up to this many, `includes` per SHA is the faster check.
const FEW = 8;

function isHex(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x66);
}
