import { describe, expect, it } from 'vitest';
import { codeTexts, outsideCode, renderGfm, tagNames } from '../../test/format/gfm.js';
import { CONTROL_STRINGS, HOSTILE_STRINGS, hostileReadiness } from '../../test/format/hostile.js';
import { NOW, readinessWith } from '../../test/format/readiness.js';
import { buildSamples } from '../../test/samples/index.js';
import type { ReleaseReadiness } from '../contract/index.js';
import { utf8Length } from '../json/index.js';
import { evaluateReadiness } from '../readiness/index.js';
import { formatReadinessMarkdown, shortDigest } from './index.js';

const SAFE_TAGS = new Set(['h2', 'h3', 'ul', 'li', 'p', 'code', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);

function rowCellCounts(html: string): number[] {
  return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => (row[1]?.match(/<t[hd][ >]/g) ?? []).length);
}

describe('formatReadinessMarkdown: document strings cannot inject anything (rendered with micromark GFM)', () => {
  for (const hostile of HOSTILE_STRINGS) {
    it(`neutralises ${JSON.stringify(hostile)}`, () => {
      const html = renderGfm(formatReadinessMarkdown(hostileReadiness(hostile)));
      const tags = tagNames(html);
      expect([...tags].filter((tag) => !SAFE_TAGS.has(tag))).toEqual([]);
      expect(html).not.toMatch(/<(a|img|script)[\s>]/i);
      // Nothing of the payload outside code: no text GitHub could turn into a mention, autolink or reference.
      const outside = outsideCode(html);
      for (const marker of ['@octocat', 'evil', 'onerror', 'alert']) expect(outside).not.toContain(marker);
      // Tables keep their shape: every row has as many cells as the header.
      for (const table of html.split('<table>').slice(1)) {
        const counts = rowCellCounts(table.split('</table>')[0] as string);
        expect(new Set(counts).size).toBe(1);
      }
    });
  }

  it('shows each hostile string literally inside a code span', () => {
    for (const hostile of HOSTILE_STRINGS) {
      const texts = codeTexts(renderGfm(formatReadinessMarkdown(hostileReadiness(hostile))));
      // Outside tables the span shows the exact string (the padding GFM strips is added for edge spaces).
      expect(texts).toContain(hostile);
    }
  });

  it('replaces line breaks, bidi and zero-width characters so a string stays on its line', () => {
    for (const hostile of CONTROL_STRINGS) {
      const markdown = formatReadinessMarkdown(hostileReadiness(hostile));
      const html = renderGfm(markdown);
      expect(markdown).not.toMatch(/[\r\u202e\u200b]/);
      expect(tagNames(html).has('h1')).toBe(false);
      expect(outsideCode(html)).not.toContain('# h1');
    }
  });
});

const READY: ReleaseReadiness = readinessWith({
  milestone: { id: 'launch-1' },
  verdict: 'ready-with-deferrals',
  gates: [
    {
      gate: 'source-known',
      status: 'pass',
      required: true,
      evidence: { kind: 'release-status', id: 'ci-1', digest: `sha256:${'b'.repeat(64)}` },
      superseded: [],
      reasons: [],
    },
    { gate: 'image-safety', status: 'deferred', underlying: 'missing', required: true, superseded: [], reasons: [] },
  ],
  deferrals: [{ id: 'DEFER-1', gate: 'image-safety', status: 'applied' }],
  inputs: [{ kind: 'release-status', id: 'ci-1', digest: `sha256:${'b'.repeat(64)}`, valid: true, findings: 0 }],
});

describe('formatReadinessMarkdown: layout', () => {
  it('puts the verdict first, then gates, evidence and deferrals', () => {
    const markdown = formatReadinessMarkdown(READY);
    expect(markdown.split('\n')[0]).toBe('## ☑️ Release readiness: `ready-with-deferrals`');
    const order = ['### Gates', '### Evidence', '### Deferrals'].map((heading) => markdown.indexOf(heading));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBeGreaterThan(0);
    expect(markdown).toContain('`launch-1`');
    expect(markdown).toContain('| `image-safety` | yes | ☑️ `deferred` | `missing` |');
    expect(markdown).toContain('| `DEFER-1` | `image-safety` | `applied` |');
  });

  it('shows short digests and, for a packet, each document class', () => {
    const markdown = formatReadinessMarkdown(READY, {
      artifacts: [{ kind: 'release-status', id: 'ci-1', class: 'source-known', digest: `sha256:${'b'.repeat(64)}` }],
    });
    expect(markdown).toContain(`\`sha256:${'b'.repeat(12)}\``);
    expect(markdown).not.toContain('b'.repeat(13));
    expect(markdown).toContain('| `release-status` | `ci-1` | `source-known` | yes | 0 |');
  });

  it('withholds the id of a document with privacy findings', () => {
    const secretShapedId = `id-${'q'.repeat(30)}`;
    const readiness = {
      ...READY,
      inputs: [{ kind: 'release-status', id: secretShapedId, digest: 'sha256:00', valid: false, findings: 2 }],
    };
    const markdown = formatReadinessMarkdown(readiness);
    expect(markdown).not.toContain(secretShapedId);
    expect(markdown).toContain('(withheld)');
  });

  it('is deterministic', () => {
    expect(formatReadinessMarkdown(READY)).toBe(formatReadinessMarkdown(structuredClone(READY)));
  });

  it('shortens digests to the algorithm and 12 hex digits', () => {
    expect(shortDigest(`sha256:${'0123456789abcdef'.repeat(4)}`)).toBe('sha256:0123456789ab');
  });
});

describe('formatReadinessMarkdown: size limit', () => {
  const many = (count: number): ReleaseReadiness => ({
    ...READY,
    inputs: Array.from({ length: count }, (_, index) => ({
      kind: 'release-status',
      id: `document-${String(index).padStart(6, '0')}-${'x'.repeat(60)}`,
      digest: `sha256:${index.toString(16).padStart(64, '0')}`,
      valid: true,
      findings: 0,
    })),
  });

  it('cuts output over 1 MiB with a visible note and stays under the limit', () => {
    const readiness = many(20_000);
    const full = formatReadinessMarkdown(readiness, { maxBytes: Number.MAX_SAFE_INTEGER });
    expect(utf8Length(full)).toBeGreaterThan(1024 * 1024);
    const cut = formatReadinessMarkdown(readiness);
    expect(utf8Length(cut)).toBeLessThanOrEqual(1024 * 1024 - 16 * 1024);
    expect(cut.startsWith(full.split('\n')[0] as string)).toBe(true);
    expect(cut).toMatch(
      /> \*\*Note:\*\* this summary was cut to stay under 1032192 bytes; \d+ more lines were left out\./,
    );
    const html = renderGfm(cut);
    expect(html).toContain('<blockquote>');
    expect(html).toContain('this summary was cut');
  });

  it('honours a small limit exactly and says how much was left out', () => {
    const readiness = many(50);
    const full = formatReadinessMarkdown(readiness, { maxBytes: Number.MAX_SAFE_INTEGER });
    const cut = formatReadinessMarkdown(readiness, { maxBytes: 2000 });
    expect(utf8Length(cut)).toBeLessThanOrEqual(2000);
    const kept = cut.split('\n\n> **Note:**')[0] as string;
    expect(full.startsWith(kept)).toBe(true);
    const omitted = Number(/(\d+) more lines/.exec(cut)?.[1]);
    expect(kept.split('\n').length + omitted).toBe(full.split('\n').length - 1);
  });

  it('keeps the verdict line alone under a limit too small for the note, and writes nothing below it', () => {
    const verdictLine = formatReadinessMarkdown(READY).split('\n')[0] as string;
    expect(formatReadinessMarkdown(READY, { maxBytes: 100 })).toBe(`${verdictLine}\n`);
    expect(formatReadinessMarkdown(READY, { maxBytes: 10 })).toBe('');
  });

  it('adds no note when the output fits', () => {
    expect(formatReadinessMarkdown(READY)).not.toContain('was cut');
  });
});

describe('formatReadinessMarkdown: end to end from hostile documents', () => {
  it('renders a readiness built from hostile documents without any injected element', async () => {
    const samples = buildSamples(NOW);
    const payload = HOSTILE_STRINGS.join(' ');
    const hostileDetail = {
      ...samples.source,
      checks: [{ name: 'build', status: 'failed', detail: payload.slice(0, 500) }],
      summary: { passed: 0, failed: 1, skipped: 0 },
      conclusion: 'failure',
    };
    const invalidWithHostileId = { ...samples.staging, id: payload };
    const hostileResources = {
      ...samples.resources,
      resources: [
        {
          type: 'r2',
          label: 'media',
          status: 'drifted',
          checkedAt: samples.resources.generatedAt,
          detail: payload.slice(0, 500),
        },
      ],
    };
    const documents = [hostileDetail, invalidWithHostileId, hostileResources].map((value) => ({
      text: JSON.stringify(value),
    }));
    documents.push({ text: `{"kind": "${'<img src=x onerror=alert(1)>'}", "id": "@octocat"` });
    const { readiness } = await evaluateReadiness({ candidate: samples.candidate, documents, now: NOW });
    const html = renderGfm(formatReadinessMarkdown(readiness));
    expect([...tagNames(html)].filter((tag) => !SAFE_TAGS.has(tag))).toEqual([]);
    for (const marker of ['@octocat', 'evil', 'onerror', 'alert']) expect(outsideCode(html)).not.toContain(marker);
  });
});

describe('formatReadinessMarkdown: warnings', () => {
  const warnings = [
    { code: 'policy-weakened', gate: 'source-known' as const, message: 'policy maxAge of gate source-known is P30D' },
    { code: 'policy-weakened', message: 'policy clockSkew is PT1H, weaker than the default PT5M' },
  ];

  it('lists every warning right below the verdict, before the gates', () => {
    const markdown = formatReadinessMarkdown(readinessWith({ warnings }));
    const lines = markdown.split('\n');
    const heading = lines.indexOf('### Warnings');
    expect(heading).toBeGreaterThan(0);
    expect(heading).toBeLessThan(lines.indexOf('### Gates'));
    expect(lines[heading + 2]).toBe(
      '- ⚠️ `policy-weakened` (gate `source-known`): `policy maxAge of gate source-known is P30D`',
    );
    expect(lines[heading + 3]).toBe('- ⚠️ `policy-weakened`: `policy clockSkew is PT1H, weaker than the default PT5M`');
  });

  it('has no warnings section when there is nothing to warn about', () => {
    expect(formatReadinessMarkdown(readinessWith({}))).not.toContain('Warnings');
    expect(formatReadinessMarkdown(readinessWith({ warnings: [] }))).not.toContain('Warnings');
  });

  it('renders hostile warning text only inside code spans', () => {
    for (const hostile of HOSTILE_STRINGS) {
      const html = renderGfm(formatReadinessMarkdown(readinessWith({ warnings: [{ code: 'x', message: hostile }] })));
      expect([...tagNames(html)].filter((tag) => !SAFE_TAGS.has(tag))).toEqual([]);
      for (const marker of ['@octocat', 'evil', 'onerror', 'alert']) expect(outsideCode(html)).not.toContain(marker);
    }
  });
});
