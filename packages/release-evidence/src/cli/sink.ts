/**
 * The one output path of the CLI (spec §10). Nothing else under `src/cli/` writes stdout, stderr, files, the step
 * summary or workflow commands, or ends the process (a test checks this).
 *
 * How to add a command: write `src/cli/<name>.ts` with `defineCliCommand({ meta, options, positionals, run, formats,
 *   report })` and name it in main.ts. `options` is a typed table (src/cli/args.ts): parsed strictly, it gives `run`
 *   typed `args.values`, and `--help` lists it.
 * - `run(args, context)` reads inputs and returns a result `{ outcome, …data }`; it never writes. It calls
 *   `context.withhold(check.withheld)` for every scan it makes and `context.processing(path)` before each file, and
 *   it throws `UsageError` / `InputError` (exit 2, the file named) for bad calls and unusable inputs.
 * - `formats` maps each `--format` name to a renderer `(result) => Output`; the first is the default, and the
 *   `format` option is derived from it. A command with no stdout document has `formats: {}`.
 * - `report(result, args)` returns what else is written: stderr `messages`, `files`, `stepSummary`, `annotations`.
 * How to add a format: add a renderer (a pure function, in the module of that format under `src/cli/render/`) to the
 * command's `formats`. Renderers return `Output` values, never bytes, and do no escaping of their own beyond their
 * format's syntax (Markdown code spans): the sink makes every byte safe.
 * Another entry point (the GitHub Action) creates a `Sink` and calls `write`/`writeError` the same way.
 *
 * What the sink does to every byte: each value the scanner found this run (`withhold`) is replaced by `[redacted]`,
 * in the result before rendering and again in the rendered text, raw or escaped; control characters are made
 * visible, the runner's `##[` form is broken up and no line can start with `::`; JSON stays JSON.
 */
import { appendFile, stat } from 'node:fs/promises';
import { formatJson, safeJsonText, safeLine, type TextOptions, workflowCommand } from '../format/index.js';
import { InputError } from './errors.js';
import type { Annotation, FileOutput, Output, Report } from './result.js';
import { type OutputStream, stripOwnColor, textOptionsFor } from './terminal.js';
import { Withheld } from './withheld.js';
import { type FileText, UnwritableFile, writeAllOrNone } from './write-files.js';

/** GitHub's limit for one step's summary file (1 MiB), counting what is already in it. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

/** What a command may tell the run while it works; see the module comment. */
export interface RunContext {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Values the scanner found: none of them is written by this run, anywhere. */
  withhold(values: readonly string[]): void;
  /** The file being read now; an unexpected failure names it. */
  processing(path: string | undefined): void;
}

/** The effects the sink has; the defaults are Node's, and tests or the Action may pass their own. */
export interface SinkIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Writes every file or none; a file that cannot be written is thrown as `UnwritableFile`. */
  writeFiles(files: readonly FileText[]): Promise<void>;
  appendFile(path: string, text: string): Promise<void>;
  /** Size in bytes, 0 when the file does not exist yet. */
  fileSize(path: string): Promise<number>;
  /** Sets the process's exit code; it never ends the process, so pending writes are flushed. */
  exit(code: number): void;
  /** What stdout is: a terminal (and how wide) or not; absent means not a terminal. */
  readonly stdoutTerminal?: OutputStream;
}

export const NODE_IO: SinkIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  writeFiles: writeAllOrNone,
  appendFile: (path, text) => appendFile(path, text),
  stdoutTerminal: process.stdout,
  fileSize: async (path) => {
    try {
      return (await stat(path)).size;
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return 0;
      throw error;
    }
  },
  exit: (code) => {
    process.exitCode = code;
  },
};

export class Sink implements RunContext {
  private readonly withheld = new Withheld();
  private current: string | undefined;

  constructor(
    readonly env: Readonly<Record<string, string | undefined>> = process.env,
    private readonly io: SinkIo = NODE_IO,
  ) {}

  withhold(values: readonly string[]): void {
    this.withheld.add(values);
  }

  processing(path: string | undefined): void {
    this.current = path;
  }

  /** The file that was being read, for a message about an unexpected failure. */
  get currentFile(): string | undefined {
    return this.current;
  }

  /** `value` with every withheld value replaced in every string, member names included; unchanged when none. */
  withholdIn<T>(value: T): T {
    return this.withheld.size === 0 ? value : (redactValue(value, (text) => this.redactText(text)) as T);
  }

  /** Writes one run's output: its stdout document, then files, messages, step summary and annotations. */
  async write(stdout: Output | undefined, report: Report = {}): Promise<void> {
    await this.writeFileOutputs(report.files ?? []);
    if (stdout !== undefined) this.io.stdout(this.render(stdout, this.stdoutTextOptions()));
    if (report.messages?.length) this.writeMessages(report.messages);
    if (report.stepSummary) await this.appendStepSummary(report.stepSummary);
    // The runner reads commands from both streams; with a document on stdout they go to stderr, so it stays parseable.
    this.writeAnnotations(report.annotations ?? [], stdout === undefined ? 'stdout' : 'stderr');
  }

  /** Ends the run with an exit code from `exitCodeOf` (or 2 for a usage or I/O error). */
  end(code: number): void {
    this.io.exit(code);
  }

  /** Lines for stderr (messages, errors), made safe like any other output. */
  writeMessages(lines: readonly string[]): void {
    this.io.stderr(this.render({ type: 'lines', lines }));
  }

  /** The bytes of an output: withheld values replaced, controls visible, never a forged workflow command. */
  render(output: Output, options: TextOptions = { color: false, width: 80 }): string {
    if (output.type === 'text') return this.renderText(output.draw, options);
    if (output.type === 'json') {
      const value = this.withholdIn(output.value);
      const json = output.canonical
        ? formatJson(value, { pretty: output.pretty ?? true })
        : `${JSON.stringify(value, null, output.pretty === false ? undefined : 2)}\n`;
      return safeJsonText(this.redactText(json));
    }
    const lines = output.type === 'lines' ? output.lines : output.text.replace(/\n$/, '').split('\n');
    return `${lines.map((line) => safeLine(this.redactText(line))).join('\n')}\n`;
  }

  /** Whether stdout is a terminal: commands choose text for people there, JSON for scripts elsewhere. */
  get stdoutIsTerminal(): boolean {
    return this.io.stdoutTerminal?.isTTY === true;
  }

  /** Colour and width for text on stdout (NO_COLOR, FORCE_COLOR, the terminal's columns). */
  stdoutTextOptions(): TextOptions {
    return textOptionsFor(this.io.stdoutTerminal ?? {}, this.env);
  }

  /**
   * A text view: drawn plain and made safe line by line; a coloured line is written instead only when its plain
   * twin needed nothing (no escape, no withheld value) and it says the same once the renderer's colour codes are
   * taken out. So colour can only ever be this renderer's own, never an input's.
   */
  private renderText(draw: (options: TextOptions) => string, options: TextOptions): string {
    const plain = draw({ ...options, color: false })
      .replace(/\n$/, '')
      .split('\n');
    const safe = plain.map((line) => safeLine(this.redactText(line)));
    if (!options.color) return `${safe.join('\n')}\n`;
    const colored = draw(options).replace(/\n$/, '').split('\n');
    const lines = safe.map((line, index) => {
      const candidate = colored[index];
      const untouched = line === plain[index] && candidate !== undefined && stripOwnColor(candidate) === line;
      return untouched ? candidate : line;
    });
    return `${lines.join('\n')}\n`;
  }

  /** Every file rendered first, then all written or none (`writeAllOrNone`); exit 2 names the one that failed. */
  private async writeFileOutputs(files: readonly FileOutput[]): Promise<void> {
    if (files.length === 0) return;
    const texts = files.map(({ path, output }) => ({ path, text: this.render(output) }));
    try {
      await this.io.writeFiles(texts);
    } catch (error) {
      if (!(error instanceof UnwritableFile)) throw error;
      throw new InputError('output-unwritable', { path: error.path });
    }
  }

  /**
   * Appends to `$GITHUB_STEP_SUMMARY` when it is set and not empty, within what the file has left of its limit. A
   * summary that cannot be written is a warning, never a failure: the exit code must not depend on the runner's file.
   */
  private async appendStepSummary(renderFor: (maxBytes: number) => string): Promise<void> {
    const path = this.env.GITHUB_STEP_SUMMARY;
    if (path === undefined || path === '') return;
    try {
      const left = STEP_SUMMARY_LIMIT - (await this.io.fileSize(path));
      const markdown = left > 0 ? renderFor(left) : '';
      const text = markdown === '' ? '' : this.render({ type: 'markdown', text: markdown });
      if (text === '' || new TextEncoder().encode(text).length > left) {
        this.writeMessages(['warning: GITHUB_STEP_SUMMARY is too full for the readiness summary; it was not added']);
        return;
      }
      await this.io.appendFile(path, text);
    } catch {
      this.writeMessages([
        'warning: cannot append to the file named by GITHUB_STEP_SUMMARY; the step summary is incomplete',
      ]);
    }
  }

  private writeAnnotations(annotations: readonly Annotation[], stream: 'stdout' | 'stderr'): void {
    if (this.env.GITHUB_ACTIONS !== 'true' || annotations.length === 0) return;
    const lines = annotations.map((annotation) => this.redactText(workflowCommand(this.withholdIn(annotation))));
    this.io[stream](`${lines.join('\n')}\n`);
  }

  private redactText(text: string): string {
    return this.withheld.redact(text);
  }
}

function redactValue(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, redact));
  if (value === null || typeof value !== 'object') return value;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[redact(key)] = redactValue(item, redact);
  return out;
}
