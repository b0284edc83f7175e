import { defineRules } from './define.js';
import { samples } from './sample.js';

const s = samples('storage');
const MEDIA_AND_DATA_EXTENSIONS =
  'png|jpe?g|gif|webp|avif|heic|bmp|tiff?|svg|mp4|mov|webm|mkv|mp3|wav|ogg|flac|pdf|json|jsonl|txt|csv|zip|tar|gz|bin|safetensors|onnx|pt';
const KEY_PREFIXES = ['upload', 'input', 'output', 'generated', 'render', 'original', 'thumbnail', 'user-content'];

export const STORAGE_RULES = defineRules('storage', [
  {
    id: 'object-store-uri',
    title: 'Object store URI',
    description: 'An r2:// or s3:// (or gs://) URI, which names a bucket and object key.',
    keywords: ['r2://', 's3://', 'gs://'],
    redactPrefix: true,
    pattern: /\b(?:r2|s3|gs):\/\/[A-Za-z0-9]/,
    tps: [`r2://${s.lower(6)}-media/uploads/${s.hex(8)}.png`, `s3://${s.lower(8)}/outputs/${s.lower(6)}.webp`],
    fps: ['r2:// URIs are never written to evidence'],
  },
  {
    id: 'r2-endpoint',
    title: 'R2 bucket endpoint',
    description: 'An R2 S3-API endpoint (*.r2.cloudflarestorage.com) or public bucket host (pub-*.r2.dev).',
    keywords: ['r2.cloudflarestorage.com', '.r2.dev'],
    pattern:
      /(?<![A-Za-z0-9-])[A-Za-z0-9-]{1,63}\.(?:[a-z]{2,4}\.)?r2\.cloudflarestorage\.com|\bpub-[A-Za-z0-9]{8,64}\.r2\.dev/,
    tps: [`https://${s.lower(12)}.r2.cloudflarestorage.com/${s.lower(6)}`, `https://pub-${s.alnum(20)}.r2.dev/a.jpg`],
    fps: ['see the r2.dev docs'],
  },
  {
    id: 's3-endpoint',
    title: 'S3 bucket endpoint',
    description: 'A virtual-hosted or path-style S3 bucket endpoint.',
    keywords: ['amazonaws.com'],
    pattern: /(?<![A-Za-z0-9.-])[A-Za-z0-9.-]{3,63}\.s3[.-](?:[a-z0-9-]{1,30}\.)?amazonaws\.com/,
    tps: [`https://${s.lower(10)}.s3.us-east-1.amazonaws.com/key`],
    fps: ['https://docs.aws.amazon.com/s3/'],
  },
  {
    id: 'object-key-path',
    title: 'Upload or output object key',
    description:
      'A path with a file extension under an upload, input, output or generated prefix: a storage object key.',
    keywords: KEY_PREFIXES,
    pattern: new RegExp(
      `(?<![A-Za-z0-9_-])(?:uploads?|inputs?|outputs?|generated|renders?|originals?|thumbnails?|user-content)/[A-Za-z0-9._~%/-]{1,256}\\.(?:${MEDIA_AND_DATA_EXTENSIONS})(?![A-Za-z0-9])`,
      'i',
    ),
    tps: [`uploads/${s.lower(10)}/${s.hex(12)}.png`, `outputs/2026/11/${s.lower(8)}.mp4`],
    fps: ['upload to the outputs bucket passed', 'outputs/ folder is empty'],
  },
]);
