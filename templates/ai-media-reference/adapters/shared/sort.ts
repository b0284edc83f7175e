/** Code-unit order, independent of the machine's locale, so sorted output is the same everywhere. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
