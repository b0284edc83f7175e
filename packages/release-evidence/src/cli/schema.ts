import { isKind, jsonSchemaFor, KINDS } from '../contract/index.js';
import { defineCliCommand } from './command.js';
import { EXIT_OK, UsageError } from './errors.js';
import { writeStdout } from './io.js';

export default defineCliCommand({
  meta: {
    name: 'schema',
    description: 'Print the JSON Schema (draft 2020-12) of a document kind, or list the kinds.',
  },
  args: {
    kind: { type: 'positional', required: false, description: 'A document kind; without it, the kinds are listed.' },
  },
  async run(args) {
    if (args.positionals.length > 1) throw new UsageError('schema takes at most one kind');
    const kind = args.positionals[0];
    if (kind === undefined) {
      writeStdout(KINDS.join('\n'));
      return EXIT_OK;
    }
    // The unknown name is not echoed: a mistyped argument may be anything.
    if (!isKind(kind)) throw new UsageError(`unknown kind; known kinds: ${KINDS.join(', ')}`);
    writeStdout(JSON.stringify(jsonSchemaFor(kind), null, 2));
    return EXIT_OK;
  },
});
