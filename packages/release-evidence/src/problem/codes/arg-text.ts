import type { Show } from '../entry.js';
import type { ArgValue } from '../problem.js';

// Readers for a renderer's arguments. The walk test checks each code's problems carry the declared types, so these
// only turn a value into words; an absent optional argument reads as ''.

export type Args = Readonly<Record<string, ArgValue>>;

/** One argument as plain text (for values the catalogue chose: codes, gate ids, enum words). */
export const argText = (args: Args, name: string): string => String(args[name] ?? '');

/** A list argument's items as text; anything else reads as no items. */
export const argList = (args: Args, name: string): string[] => {
  const value = args[name];
  return Array.isArray(value) ? value.map(String) : [];
};

/** One argument as text, through `show` (it came from an input, or may have). */
export const shownArg = (args: Args, name: string, show: Show): string => show(argText(args, name));

/** A list argument, each item through `show`, joined by `separator`. */
export const shownList = (args: Args, name: string, show: Show, separator = ', '): string =>
  argList(args, name).map(show).join(separator);

/**
 * The one short, value-free form of a located problem: `what at /pointer`, the whole document (`''`) written `/`.
 * Findings, policy errors, packet reasons and invalid readiness inputs all read this way (and `problemAt`).
 */
export const labelAt = (what: string, pointer: string, show: Show): string => `${what} at ${show(pointer || '/')}`;

/** A pointer argument in that form: `what at /pointer`. */
export const shownAt = (what: string, args: Args, name: string, show: Show): string =>
  labelAt(what, String(args[name] ?? ''), show);
