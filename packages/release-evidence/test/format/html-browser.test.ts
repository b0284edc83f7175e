import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReadinessHtml, type ReleaseCandidateView } from '../../src/index.js';
import { launchChromium, openPage, runAxe } from './browser.js';
import { documentsOf, leaky, type Scenario, showcase } from './html-scenarios.js';

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

function reportOf(scenario: Scenario): Promise<string> {
  return formatReadinessHtml(scenario.outcome.readiness, {
    candidate: scenario.set.candidate as ReleaseCandidateView,
    documents: documentsOf(scenario),
  });
}

async function saveScreenshot(png: Uint8Array, name: string): Promise<void> {
  writeFileSync(join(ARTIFACTS, name), png);
  if (WRITE_DOCS) {
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
    await saveScreenshot(await page.screenshot({ fullPage: true, type: 'png' }), 'html-report.png');
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
    await saveScreenshot(await page.screenshot({ fullPage: true, type: 'png' }), 'html-report-blocked.png');
    await page.close();
  });
});
