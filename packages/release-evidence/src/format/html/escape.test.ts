import { describe, expect, it } from 'vitest';
import { MAX_UNTRUSTED_LENGTH } from '../untrusted-text.js';
import { escapeHtml, html, Markup } from './escape.js';

describe('escapeHtml', () => {
  it('turns the five special characters into entities', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });

  it('writes controls, line breaks, zero-width and bidi characters as every output does (visible)', () => {
    expect(escapeHtml('a\u0000b\nc\u001b[31md\u202eevil\u2066e\u200bf\u2028g\u0085h')).toBe(
      'a\\u0000b\\nc\\u001b[31md\\u202eevil\\u2066e\\u200bf\\u2028g\\u0085h',
    );
  });

  it('keeps right-to-left letters (the page isolates them with <bdi>) and other Unicode', () => {
    expect(escapeHtml('שלום مرحبا 😀')).toBe('שלום مرحبا 😀');
  });

  it('cuts hostile lengths without splitting a surrogate pair', () => {
    expect(escapeHtml('a'.repeat(100_000))).toBe(`${'a'.repeat(MAX_UNTRUSTED_LENGTH)}…`);
    expect(escapeHtml(`${'a'.repeat(MAX_UNTRUSTED_LENGTH - 1)}😀tail`)).toBe(
      `${'a'.repeat(MAX_UNTRUSTED_LENGTH - 1)}…`,
    );
  });
});

describe('html', () => {
  it('escapes every interpolated string and number, and nests markup built by html', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${'"><script>'}">${inner}${42}</p>`.toString()).toBe(
      '<p title="&quot;&gt;&lt;script&gt;"><b>&lt;i&gt;</b>42</p>',
    );
  });

  it('joins arrays and renders nothing for null, undefined and booleans', () => {
    expect(html`${['<a>', html`<br>`, null, undefined, false, true]}`.toString()).toBe('&lt;a&gt;<br>');
  });

  it('escapes an object that only looks like markup', () => {
    const fake = { toString: () => '<script>' } as unknown as string;
    expect(html`${fake}`.toString()).toBe('&lt;script&gt;');
    expect(html`${new Markup('<hr>')}`.toString()).toBe('<hr>');
  });
});
