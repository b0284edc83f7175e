import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outsideCode, renderGfm, tagNames } from '../../test/format/gfm.js';
import { MAX_UNTRUSTED_LENGTH, untrusted } from './index.js';

// Characters that matter to Markdown, HTML and GFM tables, mixed with plain letters.
const markdownish = fc
  .array(
    fc.constantFrom(
      '`',
      '|',
      '\\',
      '<',
      '>',
      '[',
      ']',
      '(',
      ')',
      '!',
      '*',
      '_',
      '~',
      '@',
      '#',
      '&',
      ';',
      ' ',
      'w',
      '.',
      ':',
      '/',
      'a',
      'h',
      '\n',
    ),
    {
      maxLength: 40,
    },
  )
  .map((chars) => chars.join(''));

describe('untrusted()', () => {
  it('keeps any string inside one table cell with nothing but a code element', () => {
    fc.assert(
      fc.property(markdownish, (value) => {
        const html = renderGfm(`| a | b |\n| --- | --- |\n| ${untrusted(value, { inTable: true })} | end |\n`);
        const tags = [...tagNames(html)].filter(
          (tag) => !['table', 'thead', 'tbody', 'tr', 'th', 'td', 'code'].includes(tag),
        );
        expect(tags).toEqual([]);
        expect(html).toContain('<td>end</td>');
        expect((html.match(/<td>/g) ?? []).length).toBe(2);
        expect(outsideCode(html)).not.toMatch(/<em>/);
      }),
      { numRuns: 500 },
    );
  });

  it('shows the exact string in a paragraph', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }).filter((value) => /^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$/.test(value)),
        (value) => {
          const html = renderGfm(`x ${untrusted(value)} y`);
          const decoded = html
            .replaceAll('&lt;', '<')
            .replaceAll('&gt;', '>')
            .replaceAll('&quot;', '"')
            .replaceAll('&amp;', '&');
          expect(decoded).toBe(`<p>x <code>${value}</code> y</p>`);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('marks a blank string instead of writing an empty code span', () => {
    expect(untrusted('')).toBe('(blank)');
    expect(untrusted('   ')).toBe('(blank)');
    // A control character is made visible (spec §10), so a string of one is not blank.
    expect(untrusted(' \n ')).toBe('`  \\n  `');
  });

  it('never splits a surrogate pair when cutting', () => {
    const span = untrusted(`${'a'.repeat(MAX_UNTRUSTED_LENGTH - 1)}😀${'b'.repeat(10)}`);
    expect(span).toBe(`\`${'a'.repeat(MAX_UNTRUSTED_LENGTH - 1)}…\``);
    expect(span.isWellFormed()).toBe(true);
  });

  it('cuts hostile lengths', () => {
    const span = untrusted('a'.repeat(MAX_UNTRUSTED_LENGTH * 4));
    expect(span).toBe(`\`${'a'.repeat(MAX_UNTRUSTED_LENGTH)}…\``);
  });
});
