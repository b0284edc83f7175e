import { readdirSync, readFileSync } from 'node:fs';

/** Process ids whose parent chain leads to `root` (Linux /proc), so a test can prove none outlives a run. */
export function descendantsOf(root: number): Map<number, string> {
  const parents = new Map<number, { ppid: number; name: string }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const name = stat.slice(stat.indexOf('(') + 1, close);
      const ppid = Number(stat.slice(close + 2).split(' ')[1]);
      parents.set(Number(entry), { ppid, name });
    } catch {
      // The process ended while we looked.
    }
  }
  const found = new Map<number, string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, info] of parents) {
      if (!found.has(pid) && (info.ppid === root || found.has(info.ppid))) {
        found.set(pid, info.name);
        grew = true;
      }
    }
  }
  return found;
}

/** Running, as opposed to gone or a zombie (exited, waiting to be reaped by an init that may never reap it). */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}
