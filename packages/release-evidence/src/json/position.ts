export interface Position {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column in UTF-16 code units, as SARIF counts by default. */
  readonly column: number;
}

/** Maps offsets to 1-based line/column; built once per text, each lookup is a binary search. */
export function createPositionIndex(text: string): (offset: number) => Position {
  let lineStarts: number[] | undefined;
  return (offset) => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
        lineStarts.push(index + 1);
      }
    }
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] as number) + 1 };
  };
}
