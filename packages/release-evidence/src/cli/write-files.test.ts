import {
  chmodSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UnwritableFile, writeAllOrNone } from './write-files.js';

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'write-files-'));
}

describe('writeAllOrNone', () => {
  it('writes every file, new or replaced, and leaves nothing else in the folder', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'packet.json'), 'last run');
    await writeAllOrNone([
      { path: join(dir, 'packet.json'), text: 'this run' },
      { path: join(dir, 'summary.md'), text: '# this run' },
    ]);
    expect(readFileSync(join(dir, 'packet.json'), 'utf8')).toBe('this run');
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toBe('# this run');
    expect(readdirSync(dir).sort()).toEqual(['packet.json', 'summary.md']);
  });

  it('changes no file when a later one cannot be written, names that one, and leaves no partial file', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'packet.json'), 'last run');
    const unwritable = join(dir, 'no-such-folder', 'summary.md');
    const attempt = writeAllOrNone([
      { path: join(dir, 'packet.json'), text: 'this run' },
      { path: unwritable, text: '# this run' },
    ]);
    await expect(attempt).rejects.toEqual(new UnwritableFile(unwritable));
    expect(readFileSync(join(dir, 'packet.json'), 'utf8')).toBe('last run');
    expect(readdirSync(dir)).toEqual(['packet.json']);
  });

  it('writes through a link to its target and keeps the link', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'real.json'), 'last run');
    symlinkSync(join(dir, 'real.json'), join(dir, 'link.json'));
    symlinkSync(join(dir, 'new.json'), join(dir, 'dangling.json'));
    await writeAllOrNone([
      { path: join(dir, 'link.json'), text: 'this run' },
      { path: join(dir, 'dangling.json'), text: 'created' },
    ]);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.json'), 'utf8')).toBe('this run');
    expect(readFileSync(join(dir, 'new.json'), 'utf8')).toBe('created');
  });

  it('replaces a file whose name is as long as a name can be', async () => {
    const dir = folder();
    const path = join(dir, 'p'.repeat(250));
    writeFileSync(path, 'last run');
    await writeAllOrNone([{ path, text: 'this run' }]);
    expect(readFileSync(path, 'utf8')).toBe('this run');
  });

  it('keeps the permissions of the file it replaces', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'private.json'), 'last run');
    chmodSync(join(dir, 'private.json'), 0o600);
    await writeAllOrNone([{ path: join(dir, 'private.json'), text: 'this run' }]);
    expect(statSync(join(dir, 'private.json')).mode & 0o777).toBe(0o600);
  });

  it('writes a target that is not a regular file in place', async () => {
    const dir = folder();
    await writeAllOrNone([
      { path: '/dev/null', text: 'discarded' },
      { path: join(dir, 'packet.json'), text: 'kept' },
    ]);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(readFileSync(join(dir, 'packet.json'), 'utf8')).toBe('kept');
  });
});
