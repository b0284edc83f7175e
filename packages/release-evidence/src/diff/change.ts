/** One difference between two releases: a code and flat arguments, worded by `src/format/catalogue.ts`. */
export interface Change {
  readonly code: string;
  readonly args: Readonly<Record<string, string | number>>;
}

/** The change classes in the order a reviewer reads them; `diff` output follows it. */
export const CHANGE_CLASSES = ['subject', 'verdict', 'gates', 'deferrals', 'policy', 'inputs'] as const;
export type ChangeClass = (typeof CHANGE_CLASSES)[number];
