import { defineRules } from './define.js';
import { samples } from './sample.js';

const s = samples('media');
const BLOB_BYTES = 1024;
const bytesToBase64 = (bytes: readonly number[]) => btoa(String.fromCharCode(...bytes));
const signature = (text: string) => [...text].map((char) => char.charCodeAt(0));
const noise = (length: number) => Array.from({ length }, (_, index) => (index * 73 + 41) % 256);

export const MEDIA_RULES = defineRules('media', [
  {
    id: 'data-url',
    title: 'data: URL',
    description: 'A data: URL with a media type, which embeds file bytes.',
    keywords: ['data:'],
    redactPrefix: true,
    pattern: /\bdata:[a-z]{1,20}\/[A-Za-z0-9.+-]{1,60}[;,]/i,
    tps: [`data:image/png;base64,${bytesToBase64([137, ...signature('PNG'), 13, 10, 26, 10, ...noise(30)])}`],
    fps: ['metadata: refreshed'],
  },
  {
    id: 'image-base64',
    title: 'Base64 image bytes',
    description: 'Base64 that starts with a PNG, JPEG, GIF (87a or 89a) or WebP signature.',
    keywords: ['iVBORw0KGgo', '/9j/', 'R0lGOD', 'UklGR'],
    pattern: /(?<![A-Za-z0-9+/])(?:iVBORw0KGgo|\/9j\/[A-Za-z0-9+/]|R0lGOD[dl]h|UklGR[A-Za-z0-9+/]{6}XRUJQ)/,
    tps: [
      bytesToBase64([137, ...signature('PNG'), 13, 10, 26, 10, ...noise(30)]),
      bytesToBase64([255, 216, 255, 224, ...noise(30)]),
      bytesToBase64([...signature('GIF87a'), ...noise(30)]),
      bytesToBase64([...signature('GIF89a'), ...noise(30)]),
      bytesToBase64([...signature('RIFF'), 36, 1, 0, 0, ...signature('WEBPVP8 '), ...noise(30)]),
    ],
    fps: ['R0lGODh is no GIF signature', 'UklGRi is the start of RIFF'],
  },
  {
    id: 'base64-blob',
    title: 'Base64 blob',
    description: 'A base64 run of 1 KiB or more: file or image bytes have no place in evidence.',
    pattern: new RegExp(`(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{${BLOB_BYTES}}`),
    tps: [s.base64(1100)],
    fps: [s.base64(1000), `sha512-${s.base64(86)}==`],
  },
]);
