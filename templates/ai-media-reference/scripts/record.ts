import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { templatePath } from '../adapters/shared/paths.js';
import { writeJson } from './files.js';

/**
 * Copies the last demo run (evidence-out/) into fixtures/recorded/ with the time it is evaluated at, so that tests
 * and the template's extraction-fixture have committed evidence and a pinned `now`. Run it after `pnpm demo` with
 * fresh operator decisions recorded by a human with `pnpm ops:approve`.
 */
const source = templatePath('evidence-out');
const target = templatePath('fixtures', 'recorded');
rmSync(target, { recursive: true, force: true });
cpSync(join(source, 'evidence'), join(target, 'evidence'), { recursive: true });
cpSync(join(source, 'release-candidate.json'), join(target, 'release-candidate.json'));
writeJson(join(target, 'now.json'), { now: new Date().toISOString() });
process.stdout.write(`recorded ${target}\n`);
