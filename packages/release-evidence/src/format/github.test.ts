import { describe, expect, it } from 'vitest';
import { readinessWith } from '../../test/format/readiness.js';
import type { ReleaseReadiness } from '../contract/index.js';
import { escapeWorkflowData, escapeWorkflowProperty, githubAnnotations, MAX_ANNOTATIONS } from './index.js';

/** Parses a workflow command the way the Actions runner does (ActionCommand.TryParseV2). */
function parseCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
  const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!match) throw new Error('not a workflow command');
  const decode = (value: string) =>
    value
      .replaceAll('%0D', '\r')
      .replaceAll('%0A', '\n')
      .replaceAll('%3A', ':')
      .replaceAll('%2C', ',')
      .replaceAll('%25', '%');
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const equals = pair.indexOf('=');
    properties[pair.slice(0, equals)] = decode(pair.slice(equals + 1));
  }
  return { command: match[1] as string, properties, message: decode(match[3] as string) };
}

describe('workflow command escaping', () => {
  it('escapes %, CR and LF in data', () => {
    expect(escapeWorkflowData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeWorkflowData('%0A stays literal')).toBe('%250A stays literal');
    expect(escapeWorkflowData('a:b,c')).toBe('a:b,c');
  });

  it('also escapes : and , in properties', () => {
    expect(escapeWorkflowProperty('gate: a, b\n%')).toBe('gate%3A a%2C b%0A%25');
  });

  it('cannot be used to start a second command', () => {
    const line = `::error title=${escapeWorkflowProperty('x::warning ::y')}::${escapeWorkflowData('m\n::set-output name=a::b')}`;
    expect(line.split('\n')).toHaveLength(1);
    expect(parseCommand(line).message).toBe('m\n::set-output name=a::b');
    expect(parseCommand(line).properties.title).toBe('x::warning ::y');
  });
});

function readiness(gates: ReleaseReadiness['gates'], inputs: ReleaseReadiness['inputs'] = []): ReleaseReadiness {
  return readinessWith({ verdict: 'blocked', gates, deferrals: [], inputs });
}

type Gate = ReleaseReadiness['gates'][number];

const gate = (name: Gate['gate'], status: Gate['status'], required = true): Gate => ({
  gate: name,
  status,
  required,
  superseded: [],
  reasons: [{ code: `${name}-${status}`, message: `${name}: 50% of checks, failed\nsecond line` }],
});

describe('githubAnnotations', () => {
  it('annotates required gates that are not pass or deferred, escaped as the runner requires', () => {
    const lines = githubAnnotations(
      readiness([
        gate('source-known', 'pass'),
        gate('staging-runtime', 'fail'),
        gate('image-safety', 'deferred'),
        gate('production-cutover', 'missing', false),
      ]),
    );
    expect(lines).toHaveLength(1);
    const parsed = parseCommand(lines[0] as string);
    expect(parsed.command).toBe('error');
    expect(parsed.properties).toEqual({ title: 'Release gate staging-runtime: fail' });
    // The newline is made visible (spec §10): the message cannot start a line of its own.
    expect(parsed.message).toBe('staging-runtime: 50% of checks, failed\\nsecond line');
    expect(lines[0]).not.toContain('\n');
  });

  it('annotates invalid inputs without repeating the id of one with findings', () => {
    const secretShapedId = `id-${'z'.repeat(30)}`;
    const lines = githubAnnotations(
      readiness(
        [],
        [
          { kind: 'release-status', id: 'ci-broken', digest: 'sha256:00', valid: false, findings: 0 },
          { kind: 'release-status', id: secretShapedId, digest: 'sha256:01', valid: false, findings: 1 },
          { kind: 'release-status', id: 'ci-ok', digest: 'sha256:02', valid: true, findings: 0 },
        ],
      ),
    );
    expect(lines).toHaveLength(2);
    expect(parseCommand(lines[0] as string).message).toContain('ci-broken');
    expect(lines.join('\n')).not.toContain(secretShapedId);
  });

  it('annotates findings with file, line and column, never a value', () => {
    const [line] = githubAnnotations(readiness([]), [
      {
        rule: 'github-token',
        class: 'credential',
        pointer: '/extensions/x-a',
        line: 3,
        column: 7,
        path: 'ev/a,b.json',
      },
    ]);
    const parsed = parseCommand(line as string);
    expect(parsed.properties).toEqual({
      file: 'ev/a,b.json',
      line: '3',
      col: '7',
      title: 'Privacy finding: credential',
    });
    expect(parsed.message).toBe('github-token at /extensions/x-a (line 3, column 7)');
  });

  it(`caps the output at ${MAX_ANNOTATIONS} lines and says how many more there were`, () => {
    const findings = Array.from({ length: 25 }, (_, index) => ({
      rule: 'aws-access-key-id',
      class: 'credential',
      pointer: `/a/${index}`,
      line: index + 1,
      column: 1,
    }));
    const lines = githubAnnotations(readiness([gate('source-known', 'invalid')]), findings);
    expect(lines).toHaveLength(MAX_ANNOTATIONS);
    expect(parseCommand(lines[0] as string).properties.title).toBe('Release gate source-known: invalid');
    expect(parseCommand(lines[9] as string).message).toBe(
      '17 more problems are not annotated; see the step summary or the JSON output.',
    );
  });

  it('prints readiness warnings as ::warning commands with a title, after the errors, capped on their own', () => {
    const weakened = { code: 'policy-weakened', gate: 'source-known' as const, message: 'policy maxAge: P30D, weaker' };
    const skew = { code: 'policy-weakened', message: 'policy clockSkew is PT1H, weaker than the default PT5M' };
    const lines = githubAnnotations({ ...readiness([gate('source-known', 'fail')]), warnings: [weakened, skew] });
    expect(lines.map((line) => parseCommand(line).command)).toEqual(['error', 'warning', 'warning']);
    expect(parseCommand(lines[1] as string)).toEqual({
      command: 'warning',
      properties: { title: 'Release readiness warning policy-weakened (source-known)' },
      message: 'policy maxAge: P30D, weaker',
    });
    expect(parseCommand(lines[2] as string).properties.title).toBe('Release readiness warning policy-weakened');
    const many = Array.from({ length: 12 }, (_, index) => ({ ...skew, message: `warning ${index}` }));
    const capped = githubAnnotations({ ...readiness([]), warnings: many });
    expect(capped).toHaveLength(MAX_ANNOTATIONS);
    expect(parseCommand(capped[9] as string).message).toBe(
      '3 more warnings are not annotated; see the step summary or the JSON output.',
    );
  });

  it('prints nothing for a ready result', () => {
    expect(githubAnnotations(readiness([gate('source-known', 'pass')]))).toEqual([]);
  });
});
