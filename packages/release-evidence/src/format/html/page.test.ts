import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS, HTML_HOSTILE_STRINGS, hostileReadiness } from '../../../test/format/hostile.js';
import { documentsOf, leaky, showcase } from '../../../test/format/html-scenarios.js';
import { reportDocuments } from '../../format/index.js';
import { buildPacket, type ReleaseCandidate } from '../../index.js';
import { safeLine } from '../visible.js';
import { escapeHtml } from './escape.js';
import { formatPacketHtml, formatReadinessHtml } from './page.js';

/** Tags that load, link, run or style something; and attributes that do. None may be in the page. */
const ACTIVE_TAG = /^<(?:script|img|iframe|object|embed|link|a|form|base|input|button)[\s>/]/i;
const ACTIVE_ATTRIBUTE = /\s(?:on\w+|href|src|srcdoc|style|xlink:href|action|formaction)=/i;

/** Every tag of the page. Escaped text has no `<`, so these are the renderer's own, plus any a value injected. */
function tagsOf(page: string): string[] {
  return page.match(/<[^>]*>/g) ?? [];
}

function activeMarkup(page: string): string[] {
  return tagsOf(page).filter(
    (tag) => ACTIVE_TAG.test(tag) || ACTIVE_ATTRIBUTE.test(tag) || /javascript:|url\(/i.test(tag),
  );
}

// Every character `visible` escapes, but \n (the page's own line breaks).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const RAW_CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

describe('formatReadinessHtml: document strings stay text', () => {
  for (const hostile of [...HTML_HOSTILE_STRINGS, ...HOSTILE_STRINGS]) {
    it(`escapes ${JSON.stringify(hostile.slice(0, 60))}`, async () => {
      const page = await formatReadinessHtml(hostileReadiness(hostile));
      expect(activeMarkup(page)).toEqual([]);
      expect(page).toContain(escapeHtml(hostile));
      // The page's own line breaks aside, no control or bidi character is written raw.
      expect(page.replaceAll('\n', '')).not.toMatch(RAW_CONTROLS);
      // One <style>, one <title>: a closing tag in a value never ends the page's own elements early.
      expect(page.match(/<\/style>/g)).toHaveLength(1);
      expect(page.match(/<\/title>/g)).toHaveLength(1);
    });
  }
});

describe('formatReadinessHtml: the page', () => {
  it('allows exactly its own stylesheet by hash, and nothing else', async () => {
    const page = await formatReadinessHtml((await showcase()).outcome.readiness);
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? '';
    const hash = createHash('sha256').update(style, 'utf8').digest('base64');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/
      .exec(page)?.[1]
      ?.replaceAll('&#39;', "'");
    expect(csp).toBe(`default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`);
    // The policy comes before anything it governs.
    expect(page.indexOf('Content-Security-Policy')).toBeLessThan(page.indexOf('<style>'));
    expect(activeMarkup(page)).toEqual([]);
  });

  it('passes through the CLI sink unchanged: no line of it is escaped as a workflow command', async () => {
    const pages = [
      formatReadinessHtml((await showcase()).outcome.readiness),
      ...HTML_HOSTILE_STRINGS.map((hostile) => formatReadinessHtml(hostileReadiness(hostile))),
    ];
    for (const page of pages) for (const line of page.split('\n')) expect(safeLine(line)).toBe(line);
  });

  it('gives the same bytes for the same inputs, whatever order the documents come in', async () => {
    const scenario = await leaky();
    const options = { candidate: scenario.set.candidate as ReleaseCandidate, documents: documentsOf(scenario) };
    const once = await formatReadinessHtml(scenario.outcome.readiness, options);
    const reversed = { ...options, documents: [...options.documents].reverse() };
    expect(await formatReadinessHtml(scenario.outcome.readiness, reversed)).toBe(once);
  });

  it('lists findings as the scanner redacted them, withholds the leaky id, and never shows the value', async () => {
    const scenario = await leaky();
    const page = await formatReadinessHtml(scenario.outcome.readiness, { documents: documentsOf(scenario) });
    expect(page).not.toContain(scenario.leak);
    expect(page).toContain('<code><bdi>github-token</bdi></code>');
    expect(page).toContain('<code><bdi>/extensions/x-note</bdi></code>');
    expect(page).toContain('(withheld)');
    // Without the documents, the count is still shown and the reader is told where the details are.
    const bare = await formatReadinessHtml(scenario.outcome.readiness);
    expect(bare).toMatch(/1 findings; their details were not given to this report/);
  });

  it('shows the age of each gate’s evidence against its max age, and the deferrals on a timeline', async () => {
    const scenario = await showcase();
    const page = await formatReadinessHtml(scenario.outcome.readiness, {
      candidate: scenario.set.candidate as ReleaseCandidate,
    });
    expect(page).toContain('19h of <code><bdi>PT24H</bdi></code> · holds until 2026-11-21T10:00:00Z');
    expect(page).toContain('<rect class="near" width="79.2"');
    expect(page).toMatch(/expires <bdi>[^<]+<\/bdi> \(in 5d\) <strong>expiring soon<\/strong>/);
    expect(page).toMatch(/expired <bdi>[^<]+<\/bdi> \(2d ago\)/);
    // Without the candidate the deferrals have no expiry to draw: the page says so instead of guessing.
    const bare = await formatReadinessHtml(scenario.outcome.readiness);
    expect(bare.match(/<svg/g)).toHaveLength(7);
    expect(bare).toContain('expiry not given');
  });

  it('renders validUntil, warnings and remedies in the catalogue’s words, and works without them', async () => {
    const { readiness } = (await showcase()).outcome;
    const page = await formatReadinessHtml(readiness);
    expect(page).toContain(`<dt>Holds until</dt><dd><strong><bdi>${readiness.validUntil}</bdi></strong> (in 5h); then`);
    expect(page).toContain('<h2 id="warnings-title">Warnings</h2>');
    expect(page).toMatch(/deferral DEFER-1 for gate image-safety expires at/);
    expect(page).toContain('<th scope="col">What would make it pass</th>');
    expect(page).toContain(
      'collect fresh <code><bdi>image-safety</bdi></code> evidence (<code><bdi>image-safety-canary-evidence</bdi></code>)',
    );
    const { validUntil: _v, warnings: _w, ...plain } = readiness;
    const without = await formatReadinessHtml({ ...plain, gates: plain.gates.map(({ remedy: _r, ...gate }) => gate) });
    expect(without).toContain('<dt>Holds until</dt><dd>the inputs change: nothing in them expires</dd>');
    expect(without).not.toContain('Warnings');
    expect(without).not.toContain('What would make it pass');
  });

  it('escapes values inside remedy sentences and the ready-to-paste deferral entry', async () => {
    const { readiness } = (await showcase()).outcome;
    const hostile = '<img src=x onerror=alert(1)>';
    const args = {
      alternative: 'add-deferral',
      gate: hostile,
      deferralId: hostile,
      deferralReference: 'r',
      deferralExpiresAt: 't',
      command: hostile,
    };
    const gates = readiness.gates.map((gate) => (gate.remedy ? { ...gate, remedy: { code: hostile, args } } : gate));
    const page = await formatReadinessHtml({ ...readiness, gates });
    expect(activeMarkup(page)).toEqual([]);
    expect(page).toContain(`run: <code><bdi>${escapeHtml(hostile)}</bdi></code>`);
    expect(page).toContain(`&quot;id&quot;: &quot;${escapeHtml(hostile)}&quot;`);
  });

  it('writes the deferral entry on real lines, so what is pasted from the page parses as JSON', async () => {
    const { readiness } = (await showcase()).outcome;
    const args = { alternative: 'add-deferral', gate: 'image-safety', deferralId: 'DEFER-9' };
    const gates = readiness.gates.map((gate) => (gate.remedy ? { ...gate, remedy: { code: 'x', args } } : gate));
    const page = await formatReadinessHtml({ ...readiness, gates });
    const block = /<pre><code>([\s\S]*?)<\/code><\/pre>/.exec(page)?.[1] ?? '';
    const pasted = block.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
    expect(JSON.parse(pasted)).toMatchObject({ id: 'DEFER-9', gate: 'image-safety' });
  });
});

describe('formatPacketHtml', () => {
  it('names the packet and its digest, dates deferrals from its candidate and shows artifact classes', async () => {
    const scenario = await showcase();
    const { packet, checks, digests } = await buildPacket({
      candidate: scenario.set.candidate as ReleaseCandidate,
      documents: scenario.set.documents.map((value) => ({ value })),
      now: scenario.set.now,
    });
    const page = await formatPacketHtml(packet, { documents: reportDocuments({ checks, digests }) });
    expect(page).toContain('<p class="eyebrow">Release packet</p>');
    expect(page).toContain(`<code><bdi>${packet.id}</bdi></code>`);
    expect(page).toContain('<th scope="col">Class</th>');
    expect(page).toContain('(in 5d) <strong>expiring soon</strong>');
  });
});
