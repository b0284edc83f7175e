import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../src/contract/index.js';
import { issueJson } from '../../src/format/index.js';
import { makeFinding, scanText } from '../../src/privacy/index.js';
import { problem, problemAt, renderProblem } from '../../src/problem/index.js';
import { randomAlnum, samples, withField } from '../contract/helpers.js';

const s = samples();
const bracket = (value: string) => `[${value}]`;
const messagesOf = (input: unknown) => validateDocument(input).errors.map((issue) => renderProblem(issue));

describe('renderProblem', () => {
  it('names the member a validation issue points at, from the pointer alone', () => {
    const render = (pointer: string) => renderProblem(problem('required', {}, pointer));
    expect(render('')).toBe('document is required');
    expect(render('/checks/2')).toBe('"checks" is required');
    expect(render('/origins/0/1')).toBe('"origins" is required');
    expect(render('/0/1')).toBe('item is required');
    expect(render('/extensions/~redacted/0')).toBe('member is required');
  });

  it('passes every name from the input through the medium', () => {
    expect(renderProblem(problem('invalid-format', {}, '/id'), bracket)).toBe(
      '"[id]" does not match the required format',
    );
    const finding = makeFinding({ rule: 'r', class: 'identity', pointer: '/a', line: 1, column: 2, redacted: 'x…' });
    expect(renderProblem(finding, bracket)).toBe('identity finding at [/a]: [x…]');
  });

  it('gives parse failures the parser phrase and the position, when there is one', () => {
    expect(messagesOf('{\n  "kind": ')).toEqual([expect.stringMatching(/^invalid JSON: .+ \(line 2, column \d+\)$/)]);
    expect(messagesOf('')).toEqual(['input is empty']);
  });

  it('renders the JSON output message exactly as before the problem model', () => {
    expect(validateDocument(1).errors.map(issueJson)).toEqual([
      { code: 'invalid-type', pointer: '', message: 'document is not a JSON object' },
    ]);
    const key = `A${randomAlnum(20)}9`;
    expect(validateDocument(withField(s.source, [key], 'x')).errors.map(issueJson)).toEqual([
      { code: 'unknown-field', pointer: '/~redacted', message: 'member is not a field of the contract' },
    ]);
  });

  it('says when a finding sits in a member JSON parsers drop', () => {
    const shadowed = makeFinding({
      rule: 'r',
      class: 'media',
      pointer: '',
      line: 1,
      column: 1,
      redacted: '[redacted]',
      shadowed: true,
    });
    expect(renderProblem(shadowed)).toBe(
      'media finding at / (in a duplicate member that JSON parsers drop): [redacted]',
    );
    expect(shadowed.args).toEqual({ rule: 'r', redacted: '[redacted]', shadowed: true });
  });
});

describe('problemAt', () => {
  it('is the code at the pointer, or the class finding for a finding', () => {
    expect(problemAt(problem('required', {}, ''))).toBe('required at /');
    expect(problemAt(problem('duplicate-entry', {}, '/checks/2'))).toBe('duplicate-entry at /checks/2');
    const [finding] = scanText(JSON.stringify({ note: `${'gh'}p_${randomAlnum(36)}` })).findings;
    expect(finding && problemAt(finding)).toBe('credential finding at /note');
  });
});
