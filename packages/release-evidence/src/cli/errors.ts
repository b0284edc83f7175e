export const EXIT_OK = 0;
/** The evidence is not acceptable: invalid, findings, blocked, awaiting operator, or a packet that does not verify. */
export const EXIT_NOT_ACCEPTABLE = 1;
/** A usage or I/O error. */
export const EXIT_USAGE = 2;

/** A problem with how the command was called; printed without a stack and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A file that cannot be used as input (unreadable, too large, bad JSON, invalid candidate); exits 2, names the file only. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}
