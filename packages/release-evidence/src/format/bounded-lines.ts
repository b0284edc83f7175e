import { utf8Length } from '../json/index.js';

/**
 * Collects lines until a UTF-8 byte budget is reached. Room for the closing note is reserved from the start, so a
 * cut summary always ends with a visible note and still stays under the budget: never silently, never over.
 */
export class BoundedLines {
  private readonly lines: string[] = [];
  private bytes = 0;
  private omitted = 0;
  /** Bytes kept free for the note: one built for a huge count is the longest it can ever be. */
  private readonly reserve: number;

  constructor(
    private readonly maxBytes: number,
    private readonly noteFor: (omittedLines: number) => string,
  ) {
    this.reserve = utf8Length(noteFor(Number.MAX_SAFE_INTEGER)) + 2;
    // Below this not even the note fits, and the promise to stay under the limit could not be kept.
    if (maxBytes < this.reserve) throw new RangeError(`the limit must be at least ${this.reserve} bytes`);
  }

  /** Adds lines in order (an array, not spread arguments, so any count fits the call stack); once one does not fit, it and every later line are counted as omitted. */
  push(lines: readonly string[]): void {
    for (const line of lines) {
      const size = utf8Length(line) + 1;
      if (this.omitted === 0 && this.bytes + size + this.reserve <= this.maxBytes) {
        this.lines.push(line);
        this.bytes += size;
      } else {
        this.omitted++;
      }
    }
  }

  /** The text, ending with a newline; with the note appended when anything was cut. */
  toString(): string {
    const body = this.lines.map((line) => `${line}\n`).join('');
    return this.omitted === 0 ? body : `${body}\n${this.noteFor(this.omitted)}\n`;
  }
}
