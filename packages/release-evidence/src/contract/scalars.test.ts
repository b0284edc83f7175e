import { describe, expect, test } from 'vitest';
import { issuesOf, samples, withField } from '../../test/contract/helpers.js';

const s = samples();

/** Runs `value` through a field of a valid sample and returns the issues at that field's pointer. */
function check(doc: unknown, path: (string | number)[], value: unknown): string[] {
  const pointer = `/${path.join('/')}`;
  return issuesOf(withField(doc, path, value)).filter((issue) => issue.endsWith(` ${pointer}`));
}

function accepts(doc: unknown, path: (string | number)[], values: unknown[]) {
  for (const value of values) expect(check(doc, path, value), String(value)).toEqual([]);
}

function rejects(doc: unknown, path: (string | number)[], values: unknown[], code = 'invalid-format') {
  for (const value of values) expect(check(doc, path, value), String(value)).toEqual([`${code} /${path.join('/')}`]);
}

describe('branch (git check-ref-format --branch)', () => {
  const path = ['subject', 'branch'];
  test('accepts ordinary branch names', () => {
    accepts(s.source, path, [
      'main',
      'release/2026.11',
      'feature/a-b_c',
      'a@b',
      'x'.repeat(255),
      'dependabot/npm/x-1.2',
    ]);
  });
  test('rejects every forbidden form', () => {
    rejects(s.source, path, [
      '',
      '@',
      'a..b',
      'a//b',
      '/a',
      'a/',
      '.a',
      'a/.b',
      'x.lock',
      'a/x.lock/b',
      'a b',
      'a\tb',
      'a\u007fb',
      'a~b',
      'a^b',
      'a:b',
      'a?b',
      'a*b',
      'a[b',
      'a\\b',
      'a@{b',
      '-x',
      'a.',
      'x'.repeat(256),
      'a\u2028..b',
    ]);
  });
});

describe('origin URL', () => {
  const path = ['origin', 'url'];
  test('accepts https DNS hosts with optional port and slash', () => {
    accepts(s.staging, path, [
      'https://staging.example.com',
      'https://staging.example.com/',
      'https://STAGING.Example.COM:8443',
      'https://a.b.c.example.co.uk:443/',
      'https://xn--bcher-kva.example',
      'https://a-b.example.com:65535',
      `https://${'abcdefghi.'.repeat(25)}com`,
    ]);
  });
  test('rejects other schemes, userinfo, paths, queries, fragments, IPs and local hosts', () => {
    rejects(s.staging, path, [
      'http://staging.example.com',
      'https://user@staging.example.com',
      'https://u:p@staging.example.com',
      'https://staging.example.com/path',
      'https://staging.example.com/?q=1',
      'https://staging.example.com#f',
      'https://10.0.0.1',
      'https://[::1]',
      'https://localhost',
      'https://app.localhost',
      'https://db.local',
      'https://svc.internal',
      'https://svc.INTERNAL:443',
      'https://example',
      'https://staging.example.com:0',
      'https://staging.example.com:65536',
      'https://staging.example.com:',
      'https://-bad.example.com',
      'https://bad-.example.com',
      'https://0x7f.1',
      'https://staging.example.com.',
      ' https://a.example.com',
      `https://${'a'.repeat(64)}.example.com`,
      `https://${'abcdefghi.'.repeat(26)}com`,
    ]);
  });
});

describe('labels, references and names', () => {
  test('label', () => {
    accepts(s.source, ['id'], ['a', '0', 'a.b_c-d', 'x'.repeat(128)]);
    rejects(s.source, ['id'], ['', 'A', '-a', 'a-', '.a', 'a b', 'x'.repeat(129), 'a/b']);
  });
  test('reference', () => {
    const path = ['approvals', 0, 'reference'];
    accepts(s.approval, path, ['ops-review/2026-11-cutover#traffic', 'a:b/c#d', 'a']);
    rejects(s.approval, path, ['a//b', '/a', 'a/', 'A/b', 'a b', '#a']);
    rejects(s.approval, path, [''], 'invalid-length');
    rejects(s.approval, path, [`${'a'.repeat(100)}/${'b'.repeat(100)}`], 'invalid-length');
  });
  test('secret names, binding names and command labels', () => {
    accepts(s.rotation, ['secrets', 0, 'name'], ['A', 'API_TOKEN_2', `A${'B'.repeat(127)}`]);
    rejects(s.rotation, ['secrets', 0, 'name'], ['a', '_A', '2A', 'A-B', `A${'B'.repeat(128)}`]);
    accepts(s.resources, ['resources', 0, 'binding'], ['DB', `A${'B'.repeat(63)}`]);
    rejects(s.resources, ['resources', 0, 'binding'], ['db', `A${'B'.repeat(64)}`]);
    accepts(s.rotation, ['secrets', 0, 'nextSafeCommand'], ['pnpm run verify:secrets @scope/x']);
    rejects(s.rotation, ['secrets', 0, 'nextSafeCommand'], ['set NAME=value', 'Pnpm x', ' pnpm', 'a;b']);
  });
  test('deferral ids', () => {
    const candidate = withField(
      s.candidate,
      ['acceptedDeferrals'],
      [{ id: 'DEFER-12', gate: 'image-safety', reference: 'ops/deferral', expiresAt: '2026-12-01T00:00:00Z' }],
    );
    accepts(candidate, ['acceptedDeferrals', 0, 'id'], ['DEFER-12', 'D-1', 'OPS2-123456']);
    rejects(candidate, ['acceptedDeferrals', 0, 'id'], ['defer-1', 'DEFER-', 'DEFER-1234567', 'DEFER12', '1-2']);
  });
  test('repository', () => {
    accepts(s.source, ['subject', 'repository'], ['a/b', 'Org_1/re.po-x', '.a/b..', `${'a'.repeat(100)}/b`]);
    rejects(
      s.source,
      ['subject', 'repository'],
      ['a', 'a/b/c', './b', 'a/..', '../b', 'a/', 'a b/c', `${'a'.repeat(101)}/b`],
    );
  });
  test('semver', () => {
    accepts(s.source, ['producer', 'version'], ['0.0.0', '1.2.3-rc.1+build.5', '10.20.30']);
    rejects(s.source, ['producer', 'version'], ['1.2', '01.2.3', 'v1.2.3', '1.2.3-', '1.2.3+']);
  });
  test('text is at most 500 characters', () => {
    accepts(s.source, ['checks', 0, 'detail'], ['', 'x'.repeat(500)]);
    rejects(s.source, ['checks', 0, 'detail'], ['x'.repeat(501)], 'invalid-length');
  });
});

describe('timestamps', () => {
  test('accepts Z, offsets, fractions and leap days', () => {
    accepts(
      s.source,
      ['generatedAt'],
      [
        '2026-11-25T11:00:00Z',
        '2026-11-25T11:00:00.5Z',
        '2026-11-25T11:00:00.123456789Z',
        '2026-11-25T12:00:00+01:00',
        '2026-11-25t11:00:00z',
        '2024-02-29T00:00:00-05:30',
        '2016-12-31T23:59:60Z',
      ],
    );
  });
  test('rejects missing seconds or zone, bad calendar dates and other forms', () => {
    rejects(
      s.source,
      ['generatedAt'],
      [
        '2026-11-25T11:00Z',
        '2026-11-25T11:00:00',
        '2026-11-25 11:00:00Z',
        '2026-02-29T00:00:00Z',
        '2026-04-31T00:00:00Z',
        '2026-13-01T00:00:00Z',
        '2026-11-25T24:00:00Z',
        '2026-11-25T11:00:00.Z',
        '2026-11-25T11:00:00.1234567890Z',
        '2026-11-25T11:00:00+0100',
        '2026-11-25T11:00:00+24:00',
        '1700000000',
        '+002026-11-25T11:00:00Z',
      ],
    );
  });
});

describe('durations', () => {
  test('accepts days, hours, minutes and seconds', () => {
    accepts(s.candidate, ['policy', 'clockSkew'], ['PT5M', 'P7D', 'PT24H', 'P1DT2H3M4S', 'PT0S', 'P0D']);
  });
  test('rejects years, months, weeks, fractions and empty forms', () => {
    rejects(
      s.candidate,
      ['policy', 'clockSkew'],
      ['P', 'PT', 'P1Y', 'P1M', 'P1W', 'PT1.5S', 'P1DT', '5M', 'pt5m', 'PT-5M'],
    );
  });
});

describe('hex identifiers', () => {
  test('commit SHAs are 40 or 64 lowercase hex characters', () => {
    accepts(s.source, ['subject', 'commitSha'], ['a'.repeat(40), 'f'.repeat(64)]);
    rejects(
      s.source,
      ['subject', 'commitSha'],
      ['a'.repeat(39), 'a'.repeat(41), 'a'.repeat(63), 'A'.repeat(40), 'g'.repeat(40)],
    );
  });
  test('digests are sha256: and 64 lowercase hex characters', () => {
    accepts(s.packet, ['packetDigest'], [`sha256:${'0'.repeat(64)}`]);
    rejects(
      s.packet,
      ['packetDigest'],
      [`sha256:${'0'.repeat(63)}`, `SHA256:${'0'.repeat(64)}`, `sha512:${'0'.repeat(64)}`, '0'.repeat(64)],
    );
  });
});

describe('numbers', () => {
  const runId = ['subject', 'workflowRun', 'runId'];
  test('run ids go up to 2^53-1', () => {
    accepts(s.source, runId, [1, Number.MAX_SAFE_INTEGER]);
    rejects(s.source, runId, [0, -1], 'out-of-range');
    rejects(s.source, runId, [1.5, '1', null], 'invalid-type');
    rejects(s.source, runId, [Number.MAX_SAFE_INTEGER + 1, 2 ** 60], 'number-range');
  });
  test('run ids beyond 2^53-1 in JSON text are number-range', () => {
    const text = JSON.stringify(s.source).replace('"runId":4242', '"runId":9007199254740993');
    expect(issuesOf(text)).toEqual(['number-range /subject/workflowRun/runId']);
    const bound = JSON.stringify(s.source).replace('"runId":4242', '"runId":9007199254740991');
    expect(issuesOf(bound)).toEqual([]);
  });
  test('rates, percents and counts', () => {
    accepts(s.canary, ['thresholds', 'minSuccessRate'], [0, 0.5, 1]);
    rejects(s.canary, ['thresholds', 'minSuccessRate'], [-0.1, 1.01], 'out-of-range');
    accepts(s.staging, ['deployment', 'trafficPercent'], [0, 12.5, 100]);
    rejects(s.staging, ['deployment', 'trafficPercent'], [-1, 100.5], 'out-of-range');
    rejects(s.canary, ['latencyMs', 'max'], [-1], 'out-of-range');
    rejects(s.canary, ['latencyMs', 'max'], [3100.5, Number.NaN, Number.POSITIVE_INFINITY, true], 'invalid-type');
  });
});
