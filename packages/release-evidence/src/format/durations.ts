const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const UNITS: readonly [number, string][] = [
  [DAY, 'd'],
  [HOUR, 'h'],
  [MINUTE, 'm'],
  [SECOND, 's'],
];

/** A span for people: the two largest units (`3d4h`, `2h05m`, `45s`), `0s` below a second; negative spans signed. */
export function humanSpan(ms: number): string {
  if (!Number.isFinite(ms)) return '?';
  const sign = ms < 0 ? '-' : '';
  let rest = Math.abs(ms);
  const parts: string[] = [];
  for (const [size, unit] of UNITS) {
    if (parts.length === 2) break;
    const amount = Math.floor(rest / size);
    if (amount > 0 || parts.length > 0) {
      parts.push(parts.length > 0 ? `${String(amount).padStart(2, '0')}${unit}` : `${amount}${unit}`);
      rest -= amount * size;
    }
  }
  const text = parts.filter((part, index) => index === 0 || !/^0+[a-z]$/.test(part)).join('');
  return `${sign}${text || '0s'}`;
}
