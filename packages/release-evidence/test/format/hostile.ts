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
