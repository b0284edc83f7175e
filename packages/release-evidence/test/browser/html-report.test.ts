import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AnsiToHtml from 'ansi-to-html';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/format/index.js';
import { formatReadinessHtml, formatReadinessText, type ReleaseCandidate } from '../../src/index.js';
import { HTML_HOSTILE_STRINGS, hostileMix } from '../format/hostile.js';
import { documentsOf, leaky, type Scenario, showcase } from '../format/html-scenarios.js';
import { launchChromium, openPage, runAxe } from './chromium.js';

const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Test artifacts (git-ignored). */
const ARTIFACTS = join(PACKAGE_ROOT, 'test-results', 'html');
/** The README's screenshots, rewritten only when asked (`pnpm docs:screenshots`). */
const DOCS_IMAGES = join(PACKAGE_ROOT, 'docs', 'img');
const WRITE_DOCS = process.env.RELEASE_EVIDENCE_WRITE_SCREENSHOTS === '1';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

function reportOf(scenario: Scenario): string {
  return formatReadinessHtml(scenario.outcome.readiness, {
    candidate: scenario.set.candidate as ReleaseCandidate,
    documents: documentsOf(scenario),
  });
}

function saveScreenshot(png: Uint8Array, name: string, forDocs = true): void {
  writeFileSync(join(ARTIFACTS, name), png);
  if (WRITE_DOCS && forDocs) {
    mkdirSync(DOCS_IMAGES, { recursive: true });
    writeFileSync(join(DOCS_IMAGES, name), png);
  }
}

describe('the HTML report in headless Chromium', () => {
  it('renders the showcase with its stylesheet, no CSP violation, no request and no serious axe violation', async () => {
    const { page, requests, violations } = await openPage(browser, await reportOf(await showcase()));
    expect(requests).toEqual([]);
    expect(violations).toEqual([]);
    const facts = await page.evaluate(() => ({
      heading: document.querySelector('h1')?.textContent,
      // The stylesheet applied: the CSP hash matched.
      bannerBorder: getComputedStyle(document.querySelector('header.banner') as Element).borderLeftColor,
      gateRows: document.querySelectorAll('#gates-title ~ table tbody tr').length,
      ageBars: document.querySelectorAll('#gates-title ~ table svg').length,
      deferralRows: document.querySelectorAll('#deferrals-title ~ table tbody tr').length,
      timelines: document.querySelectorAll('#deferrals-title ~ table svg').length,
      overflows: document.documentElement.scrollWidth > window.innerWidth,
    }));
    expect(facts).toEqual({
      heading: 'Verdict: Ready with deferrals',
      bannerBorder: 'rgb(10, 88, 202)',
      gateRows: 8,
      ageBars: 7,
      deferralRows: 3,
      timelines: 3,
      overflows: false,
    });
    const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
    saveScreenshot(await page.screenshot({ fullPage: true, type: 'png' }), 'html-report.png');
    await page.close();
  });

  it('lists a leaky input as redacted findings and never shows the value', async () => {
    const scenario = await leaky();
    const { page, requests, violations } = await openPage(browser, await reportOf(scenario));
    expect([requests, violations]).toEqual([[], []]);
    const facts = await page.evaluate(() => ({
      heading: document.querySelector('h1')?.textContent,
      findings: document.querySelectorAll('#findings-title ~ table tbody tr').length,
      text: document.documentElement.outerHTML,
    }));
    expect(facts.heading).toBe('Verdict: Blocked');
    expect(facts.findings).toBeGreaterThan(0);
    expect(facts.text).not.toContain(scenario.leak);
    const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
    saveScreenshot(await page.screenshot({ fullPage: true, type: 'png' }), 'html-report-blocked.png');
    await page.close();
  });

  it('shows hostile labels as text even with the CSP switched off: no element injected, no script run, no request', async () => {
    // Without the policy, only escaping stands between the labels and the page.
    const { page, requests } = await openPage(browser, await formatReadinessHtml(hostileMix(HTML_HOSTILE_STRINGS)), {
      bypassCsp: true,
    });
    const facts = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      tags: [...new Set([...document.querySelectorAll('*')].map((element) => element.localName))].sort(),
      attributes: [
        ...new Set([...document.querySelectorAll('*')].flatMap((element) => element.getAttributeNames())),
      ].sort(),
      text: document.body.textContent ?? '',
      title: document.title,
      overflows: document.documentElement.scrollWidth > window.innerWidth,
    }));
    expect(facts.pwned).toBeUndefined();
    // Without the policy the browser itself asks for /favicon.ico (with it, img-src 'none' refuses that too);
    // that request is the browser's, not the page's.
    expect(requests.filter((url) => url !== 'https://report.invalid/favicon.ico')).toEqual([]);
    expect(facts.tags.filter((tag) => !PAGE_TAGS.has(tag))).toEqual([]);
    expect(facts.attributes.filter((name) => !PAGE_ATTRIBUTES.has(name))).toEqual([]);
    // Each label is there as the reader should see it: entities decoded once, controls as \uXXXX.
    for (const hostile of HTML_HOSTILE_STRINGS) expect(facts.text, hostile).toContain(decodeOnce(escapeHtml(hostile)));
    expect(facts.title).toContain(decodeOnce(escapeHtml(HTML_HOSTILE_STRINGS[3] as string)));
    expect(facts.overflows).toBe(false);
    const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
    saveScreenshot(await page.screenshot({ fullPage: true, type: 'png' }), 'html-report-hostile.png', false);
    await page.close();
  });
});

describe('the terminal view, for the README', () => {
  it('shows the text view with its colours, and exactly its text', async () => {
    const { readiness } = (await showcase()).outcome;
    const coloured = formatReadinessText(readiness, { color: true, width: 80 });
    // A terminal's palette (GitHub dark); ansi-to-html escapes the text and maps each SGR code to a colour.
    const converter = new AnsiToHtml({ escapeXML: true, fg: '#e6edf3', bg: '#0d1117', colors: TERMINAL_COLOURS });
    const { page } = await openPage(browser, terminalPage(converter.toHtml(coloured)), { width: 760 });
    const text = await page.evaluate(() => document.querySelector('pre')?.textContent);
    expect(text).toBe(formatReadinessText(readiness, { color: false, width: 80 }));
    const screen = await page.$('pre');
    saveScreenshot((await screen?.screenshot({ type: 'png' })) as Uint8Array, 'terminal-view.png');
    await page.close();
  });
});

const TERMINAL_COLOURS = { 1: '#ff7b72', 2: '#3fb950', 3: '#d29922' };

/** A dark terminal window around the converted text. It is this test's own page, not a report. */
function terminalPage(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>release-evidence readiness</title>
<style>body{margin:0;background:#010409}pre{margin:0;display:inline-block;padding:16px 20px;background:#0d1117;color:#e6edf3;font:14px/1.4 "DejaVu Sans Mono",monospace}</style>
</head><body><pre>${body}</pre></body></html>`;
}

/** Every element and attribute the renderer writes; anything else in the DOM was injected. */
const PAGE_TAGS = new Set(
  'html head meta title style body main header footer section h1 h2 p dl dt dd table thead tbody tr th td ul li span strong code bdi br svg rect line'.split(
    ' ',
  ),
);
const PAGE_ATTRIBUTES = new Set(
  'lang dir charset http-equiv content name class id scope aria-labelledby aria-hidden focusable width height viewBox preserveAspectRatio x y x1 x2 y1 y2 rx'.split(
    ' ',
  ),
);

/** What the browser shows for escaped text: the five entities decoded. */
function decodeOnce(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}
