import type { Rule } from '../types.js';

const media = (rule: Omit<Rule, 'class'>): Rule => ({ class: 'media', ...rule });

const BLOB_BYTES = 1024;

function isBase64Char(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    code === 43 ||
    code === 47 ||
    code === 45 ||
    code === 95
  );
}

/** Finds a run of 1 KiB or more of base64 characters in one linear pass. */
function base64Blob(text: string): string | undefined {
  let run = 0;
  for (let index = 0; index < text.length; index++) {
    run = isBase64Char(text.charCodeAt(index)) ? run + 1 : 0;
    if (run >= BLOB_BYTES) return text.slice(index - run + 1, index + 1);
  }
  return undefined;
}

export const MEDIA_RULES: readonly Rule[] = [
  media({
    id: 'data-url',
    title: 'data: URL',
    description: 'A data: URL with a media type, which embeds file bytes.',
    needs: { chars: ':/' },
    keywords: ['data:'],
    pattern: /\bdata:[a-z]{1,20}\/[A-Za-z0-9.+-]{1,60}[;,]/i,
    prefixes: ['data:'],
  }),
  media({
    id: 'image-base64',
    title: 'Base64 image bytes',
    description: 'Base64 that starts with a PNG, JPEG, GIF or WebP signature.',
    needs: { base64Run: 5 },
    keywords: ['ivborw0kggo', '/9j/', 'r0lgod', 'uklgr'],
    pattern: /(?<![A-Za-z0-9+/])(?:iVBORw0KGgo|\/9j\/[A-Za-z0-9+/]|R0lGOD[lh]|UklGR[A-Za-z0-9+/]{5}XRUJQ)/,
  }),
  media({
    id: 'base64-blob',
    title: 'Base64 blob',
    description: 'A base64 run of 1 KiB or more: file or image bytes have no place in evidence.',
    minLength: BLOB_BYTES,
    needs: { base64Run: 1024 },
    detect: base64Blob,
  }),
];
