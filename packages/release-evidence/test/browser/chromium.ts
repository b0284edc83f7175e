// One headless Chromium for the HTML report's tests: Debian's `chromium` driven by puppeteer-core. Every page is
// served from memory through request interception, so any other request the page makes is recorded and refused.
import { existsSync } from 'node:fs';
import axe from 'axe-core';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const CHROMIUM = '/usr/bin/chromium';
/** Never resolved: the page is answered from memory before any network is involved. */
const REPORT_URL = 'https://report.invalid/';

export interface OpenedPage {
  readonly page: Page;
  /** Every request other than the page itself, in order. */
  readonly requests: string[];
  /** `violatedDirective` of each CSP violation event. */
  readonly violations: string[];
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: .ci/run installs it (apt-get install -y chromium)`);
  }
  // Chromium refuses its sandbox as root (CI runs as root); the pages are this test's own.
  const args = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  return puppeteer.launch({ executablePath: CHROMIUM, headless: true, args });
}

export async function openPage(
  browser: Browser,
  html: string,
  options: { bypassCsp?: boolean; width?: number } = {},
): Promise<OpenedPage> {
  const page = await browser.newPage();
  await page.setViewport({ width: options.width ?? 1200, height: 800, deviceScaleFactor: 1 });
  if (options.bypassCsp) await page.setBypassCSP(true);
  const requests: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url() === REPORT_URL && request.isNavigationRequest()) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      return;
    }
    requests.push(request.url());
    void request.abort();
  });
  await page.evaluateOnNewDocument(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
  });
  await page.goto(REPORT_URL, { waitUntil: 'load' });
  const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  return { page, requests, violations };
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null | undefined;
  readonly nodes: number;
}

/** Runs axe-core inside the page. Its source is evaluated over DevTools, which the page's CSP does not govern. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.length,
    }));
  });
}
