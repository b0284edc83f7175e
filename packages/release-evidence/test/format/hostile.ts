import type { ReleaseReadiness } from '../../src/contract/index.js';

/** Strings that would inject HTML, links, images, autolinks, mentions, table breaks or emphasis if not neutralised. */
export const HOSTILE_STRINGS: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '[x](http://evil)',
  '![i](http://evil)',
  'www.evil.test',
  'https://evil.test',
  '<https://evil.test>',
  'mail@evil.test',
  '@octocat',
  '| col |',
  'a \\| b \\\\| c',
  '`tick` ``double`` ```triple',
  '`',
  ' `edge` ',
  '*em* _em_ **strong** ~~del~~',
  '# heading',
  '&lt;img src=x&gt; &#x3C;b&#x3E;',
  '[ref]: http://evil',
];

/** Characters that change lines or reading order; they must not survive into the Markdown. */
export const CONTROL_STRINGS: readonly string[] = [
  'line\nbreak # h1',
  'carriage\rreturn',
  'bidi\u202eevil',
  'zero\u200bwidth',
];

/**
 * A readiness result whose every string is `hostile`. The contract would reject most of it; the formatter must hold
 * anyway, since the CLI may format a readiness document read from an edited file.
 */
export function hostileReadiness(hostile: string): ReleaseReadiness {
  const ref = { kind: hostile, id: hostile, digest: `sha256:${'a'.repeat(64)}` };
  const readiness = {
    id: hostile,
    generatedAt: hostile,
    subject: { repository: hostile, branch: hostile, commitSha: hostile },
    milestone: { id: hostile },
    now: hostile,
    verdict: hostile,
    gates: [
      {
        gate: hostile,
        status: hostile,
        underlying: hostile,
        required: true,
        evidence: ref,
        superseded: [ref],
        reasons: [{ code: hostile, message: hostile }],
      },
    ],
    deferrals: [{ id: hostile, gate: hostile, status: hostile }],
    inputs: [{ kind: hostile, id: hostile, digest: hostile, valid: false, findings: 0 }],
  };
  return readiness as unknown as ReleaseReadiness;
}

/**
 * Strings aimed at an HTML page: markup and attribute breakouts, script URLs, closing tags of the page's own raw-text
 * elements, comments, CDATA inside SVG, entity tricks, bidi and control characters, and a very long id. Each that would
 * run sets `window.__pwned` or requests `evil.test`.
 */
export const HTML_HOSTILE_STRINGS: readonly string[] = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg onload=window.__pwned=1>",
  'javascript:window.__pwned=1',
  '</style><img src=https://evil.test/style>',
  '</title><script>window.__pwned=1</script>',
  '<a href="https://evil.test/link">click</a>',
  '<!-- <iframe src=https://evil.test/frame>',
  ']]><script>window.__pwned=1</script><![CDATA[',
  '&lt;b&gt;&#x3C;i&#x3E;',
  '<meta http-equiv="refresh" content="0;url=https://evil.test/refresh">',
  '\u202egnp.exe <b>rtl</b> שלום',
  'bell\u0007 esc\u001b[31m nul\u0000 line\nbreak',
  `${'x'.repeat(20_000)}<b>long</b>`,
];

/** One readiness that carries every string of `hostiles`: each top-level field a different one, and every gate, deferral and input of `hostileReadiness` for each. */
export function hostileMix(hostiles: readonly string[]): ReleaseReadiness {
  const parts = hostiles.map(hostileReadiness);
  const pick = (index: number) => hostiles[index % hostiles.length] as string;
  return {
    ...(parts[0] as ReleaseReadiness),
    id: pick(1),
    generatedAt: pick(2),
    subject: { repository: pick(3), branch: pick(4), commitSha: pick(5) },
    milestone: { id: pick(6) },
    now: pick(7),
    verdict: pick(8),
    gates: parts.flatMap((part) => part.gates),
    deferrals: parts.flatMap((part) => part.deferrals),
    inputs: parts.flatMap((part) => part.inputs),
  } as ReleaseReadiness;
}
