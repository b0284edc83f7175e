import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The template's root folder, found by walking up to its package.json, so bundled and source runs agree. */
function findTemplateRoot(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(directory, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'ai-media-reference')
      return directory;
    const parent = dirname(directory);
    if (parent === directory) throw new Error('cannot find the ai-media-reference package root');
    directory = parent;
  }
}

export const TEMPLATE_ROOT = findTemplateRoot();
export const templatePath = (...parts: string[]): string => join(TEMPLATE_ROOT, ...parts);
