import { checkFixture, parseIdentityTerms } from '../fixture/index.js';
import { parseJson } from '../json/index.js';
import { defineCliCommand } from './command.js';
import { EXIT_NOT_ACCEPTABLE, EXIT_OK, InputError, UsageError } from './errors.js';
import { readTextFile, writeStdout } from './io.js';

export default defineCliCommand({
  meta: { name: 'check-fixture', description: 'Check an extraction fixture against every clause of spec §9.' },
  args: {
    file: { type: 'positional', required: false, description: 'the extraction-fixture document', valueHint: 'FILE' },
    'identity-terms': { type: 'string', description: 'product names, one per line', valueHint: 'FILE' },
  },
  async run(args) {
    if (args.positionals.length !== 1) throw new UsageError('check-fixture takes exactly one FILE');
    const path = args.positionals[0] as string;
    const termsPath = args.values['identity-terms'];
    const identityTerms = typeof termsPath === 'string' ? parseIdentityTerms(await readTextFile(termsPath)) : [];
    const text = await readTextFile(path);
    // Bad JSON is an input error (exit 2, spec §10), not a failed clause.
    const parsed = parseJson(text);
    if (!parsed.ok) throw new InputError(path, `not a JSON document (${parsed.error.code})`);
    const result = await checkFixture(text, { identityTerms });
    const lines: string[] = [];
    for (const clause of result.clauses) {
      lines.push(`${clause.ok ? 'OK  ' : 'FAIL'} ${clause.clause}`);
      for (const reason of clause.reasons) lines.push(`     ${reason.code}: ${reason.message}`);
    }
    lines.push(result.ok ? 'fixture passes every clause' : 'fixture fails at least one clause');
    writeStdout(lines.join('\n'));
    return result.ok ? EXIT_OK : EXIT_NOT_ACCEPTABLE;
  },
});
