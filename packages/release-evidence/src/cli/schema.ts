import { isKind, jsonSchemaFor, KINDS } from '../contract/index.js';
import { defineCliCommand } from './command.js';
import { UsageError } from './errors.js';
import type { CommandResult, Output } from './result.js';

export interface SchemaRunResult extends CommandResult {
  readonly kind?: string;
}

/** The schema of one kind, or the kinds one per line. */
function schemaOutput(result: SchemaRunResult): Output {
  if (result.kind === undefined || !isKind(result.kind)) return { type: 'lines', lines: KINDS };
  return { type: 'json', value: jsonSchemaFor(result.kind) };
}

export default defineCliCommand({
  meta: {
    name: 'schema',
    description: 'Print the JSON Schema (draft 2020-12) of a document kind, or list the kinds.',
  },
  options: {},
  positionals: [{ name: 'KIND', description: 'a document kind; without it, the kinds are listed' }],
  formats: { json: schemaOutput },
  async run(args): Promise<SchemaRunResult> {
    if (args.positionals.length > 1) throw new UsageError('schema takes at most one kind');
    const kind = args.positionals[0];
    // The unknown name is not echoed: a mistyped argument may be anything.
    if (kind !== undefined && !isKind(kind)) throw new UsageError(`unknown kind; known kinds: ${KINDS.join(', ')}`);
    return kind === undefined ? { outcome: 'ok' } : { outcome: 'ok', kind };
  },
});
