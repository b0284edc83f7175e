import type { Annotation } from '../format/index.js';

export type { Annotation } from '../format/index.js';

/** How a run ended, in the terms of spec §10; `exitCodeOf` maps it to 0, 1 or 2. */
export type Outcome = 'ok' | 'not-acceptable' | 'usage-error';

/** What every command returns; commands add their own data beside `outcome`. */
export interface CommandResult {
  readonly outcome: Outcome;
}

const EXIT_CODES: Readonly<Record<Outcome, 0 | 1 | 2>> = { ok: 0, 'not-acceptable': 1, 'usage-error': 2 };

/** The exit code of a run: the only place that decides it. */
export function exitCodeOf(result: CommandResult): 0 | 1 | 2 {
  return EXIT_CODES[result.outcome];
}

/** Verdicts that let a release go ahead; every other verdict is not acceptable. */
export function outcomeOfVerdict(verdict: string): Outcome {
  return verdict === 'ready' || verdict === 'ready-with-deferrals' ? 'ok' : 'not-acceptable';
}

/**
 * Bytes-to-be, as a renderer hands them to the sink. The sink, not the renderer, escapes and withholds:
 * - `lines`: plain text, one entry per line; every line may hold input-derived text and is made safe whole;
 * - `json`: a value, written as one JSON document: `canonical` in RFC 8785 member order, `pretty` (the default)
 *   indented by two spaces;
 * - `markdown`: GitHub-flavoured Markdown whose input-derived strings the renderer already code-spanned.
 */
export type Output =
  | { readonly type: 'lines'; readonly lines: readonly string[] }
  | { readonly type: 'json'; readonly value: unknown; readonly canonical?: boolean; readonly pretty?: boolean }
  | { readonly type: 'markdown'; readonly text: string };

/** A file the run writes (packet, Markdown); the command has already refused overlaps with inputs (spec §10). */
export interface FileOutput {
  readonly path: string;
  readonly output: Output;
}

/** Everything a result writes besides its stdout document. */
export interface Report {
  /** Lines for stderr: warnings, invalid inputs, a closing line. */
  readonly messages?: readonly string[];
  readonly files?: readonly FileOutput[];
  /** The step summary's Markdown, rendered to fit the bytes left in `$GITHUB_STEP_SUMMARY`; '' when nothing fits. */
  readonly stepSummary?: (maxBytes: number) => string;
  /** Workflow commands, written only when `GITHUB_ACTIONS=true`. */
  readonly annotations?: readonly Annotation[];
}
