/** Contract v1 scalar rules (spec §2) the template checks before it records operator input. */
const LABEL = /^[a-z0-9](?:[a-z0-9._-]{0,126}[a-z0-9])?$/;

export const isLabel = (value: string): boolean => LABEL.test(value);

/** A reference is 1-200 characters of labels joined by `/`, `#` or `:`. */
export const isReference = (value: string): boolean =>
  value.length >= 1 && value.length <= 200 && value.split(/[/#:]/).every(isLabel);

const DURATION = /^P(?:(\d{1,6})D)?(?:T(?:(\d{1,6})H)?(?:(\d{1,6})M)?(?:(\d{1,6})S)?)?$/;

/** Milliseconds of an ISO 8601 duration with days, hours, minutes and seconds only; undefined when malformed. */
export function durationMs(value: string): number | undefined {
  const match = DURATION.exec(value);
  if (!match || value === 'P' || value.endsWith('T')) return undefined;
  const [days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
  ];
  return (((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000;
}
