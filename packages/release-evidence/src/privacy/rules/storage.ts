import type { Rule } from '../types.js';

const storage = (rule: Omit<Rule, 'class'>): Rule => ({ class: 'storage', ...rule });

const MEDIA_AND_DATA_EXTENSIONS =
  'png|jpe?g|gif|webp|avif|heic|bmp|tiff?|svg|mp4|mov|webm|mkv|mp3|wav|ogg|flac|pdf|json|jsonl|txt|csv|zip|tar|gz|bin|safetensors|onnx|pt';

export const STORAGE_RULES: readonly Rule[] = [
  storage({
    id: 'object-store-uri',
    title: 'Object store URI',
    description: 'An r2:// or s3:// (or gs://) URI, which names a bucket and object key.',
    needs: { chars: ':/' },
    keywords: ['r2://', 's3://', 'gs://'],
    pattern: /\b(?:r2|s3|gs):\/\/[A-Za-z0-9]/,
    prefixes: ['r2://', 's3://', 'gs://'],
  }),
  storage({
    id: 'r2-endpoint',
    title: 'R2 bucket endpoint',
    description: 'An R2 S3-API endpoint (*.r2.cloudflarestorage.com) or public bucket host (pub-*.r2.dev).',
    needs: { chars: '.' },
    keywords: ['r2.cloudflarestorage.com', '.r2.dev'],
    pattern: /[A-Za-z0-9-]{1,63}\.(?:[a-z]{2,4}\.)?r2\.cloudflarestorage\.com|\bpub-[A-Za-z0-9]{8,64}\.r2\.dev/,
  }),
  storage({
    id: 's3-endpoint',
    title: 'S3 bucket endpoint',
    description: 'A virtual-hosted or path-style S3 bucket endpoint.',
    needs: { chars: '.' },
    keywords: ['amazonaws.com'],
    pattern: /(?<![A-Za-z0-9.-])[A-Za-z0-9.-]{3,63}\.s3[.-](?:[a-z0-9-]{1,30}\.)?amazonaws\.com/,
  }),
  storage({
    id: 'object-key-path',
    title: 'Upload or output object key',
    description:
      'A path with a file extension under an upload, input, output or generated prefix: a storage object key.',
    needs: { chars: '/.' },
    keywords: ['upload', 'input', 'output', 'generated', 'render', 'original', 'thumbnail', 'user-content'],
    pattern: new RegExp(
      `(?<![A-Za-z0-9_-])(?:uploads?|inputs?|outputs?|generated|renders?|originals?|thumbnails?|user-content)/[A-Za-z0-9._~%/-]{1,256}\\.(?:${MEDIA_AND_DATA_EXTENSIONS})(?![A-Za-z0-9])`,
      'i',
    ),
  }),
];
