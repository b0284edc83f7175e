import type { Show } from '../entry.js';
import type { ArgValue } from '../problem.js';

// Readers for a renderer's arguments. The walk test checks each code's problems carry the declared types, so these
// only turn a value into words; an absent optional argument reads as ''.

type Args = Readonly<Record<string, ArgValue>>;

/** One argument as text, through `show` (it came from an input, or may have). */
export const shownArg = (args: Args, name: string, show: Show): string => show(String(args[name] ?? ''));

/** A list argument, each item through `show`, joined by `separator`. */
export const shownList = (args: Args, name: string, show: Show, separator = ', '): string => {
  const value = args[name];
  return (Array.isArray(value) ? value : []).map((item) => show(String(item))).join(separator);
};

/**
 * The one short, value-free form of a located problem: `what at /pointer`, the whole document (`''`) written `/`.
 * Findings, policy errors, packet reasons and invalid readiness inputs all read this way (and `problemAt`).
 */
export const labelAt = (what: string, pointer: string, show: Show): string => `${what} at ${show(pointer || '/')}`;

/** A pointer argument in that form: `what at /pointer`. */
export const shownAt = (what: string, args: Args, name: string, show: Show): string =>
  labelAt(what, String(args[name] ?? ''), show);
