import { checkFixture, type FixtureCheckResult, parseIdentityTerms } from '../fixture/index.js';
import { parseJson } from '../json/index.js';
import { scanText } from '../privacy/index.js';
import { defineCliCommand } from './command.js';
import { InputError, UsageError } from './errors.js';
import { readTextFile } from './io.js';
import { fixtureText } from './render/text.js';
import type { CommandResult } from './result.js';

export interface FixtureRunResult extends CommandResult {
  readonly check: FixtureCheckResult;
}

export default defineCliCommand({
  meta: { name: 'check-fixture', description: 'Check an extraction fixture against every clause of spec §9.' },
  options: {
    'identity-terms': { type: 'string', description: 'product names, one per line', valueHint: 'FILE' },
  },
  positionals: [{ name: 'FILE', description: 'the extraction-fixture document', required: true }],
  formats: { text: fixtureText },
  async run(args, context): Promise<FixtureRunResult> {
    if (args.positionals.length !== 1) throw new UsageError('check-fixture takes exactly one FILE');
    const [path = ''] = args.positionals;
    const termsPath = args.values['identity-terms'];
    const identityTerms = termsPath === undefined ? [] : parseIdentityTerms(await readTextFile(termsPath, context));
    const text = await readTextFile(path, context);
    // Bad JSON is an input error (exit 2, spec §10), not a failed clause.
    const parsed = parseJson(text);
    if (!parsed.ok) throw new InputError('input-not-json', { path, cause: parsed.error.code });
    context.withhold(scanText(text).withheld);
    const check = await checkFixture(text, { identityTerms });
    return { outcome: check.ok ? 'ok' : 'not-acceptable', check };
  },
});
