import { BoundedCache } from '../privacy/bounded-cache.js';
import { type Finding, makeFinding, scanText } from '../privacy/index.js';
import type { RunContext } from './sink.js';

// Only segments without a finding are kept, so a finding is withheld again in every run that meets it.
const cache = new BoundedCache<readonly Finding[]>();

/**
 * Scans every segment of a path like a value (spec §10): a segment that is itself a finding (a token used as a file
 * name) is a finding of that file, and is withheld from every output of the run, exit-2 messages included.
 * Findings point at the document as a whole (pointer '', line 1, column 1): the file has no position for its name.
 */
export function scanPath(path: string, context: RunContext): Finding[] {
  const findings: Finding[] = [];
  for (const segment of segmentsOf(path)) {
    let found = cache.get(segment);
    if (found === undefined) {
      const result = scanText(JSON.stringify(segment));
      context.withhold(result.withheld);
      found = result.findings.map(({ rule, class: findingClass, redacted }) =>
        makeFinding({ rule, class: findingClass, pointer: '', line: 1, column: 1, redacted }),
      );
      if (found.length === 0) cache.set(segment, found);
    }
    findings.push(...found);
  }
  return findings;
}

/**
 * Scans the segments of many paths at once (a directory's listing), as one JSON array of strings: each element is
 * scanned as a value, as `scanPath` scans a segment alone, so one scan does the work of one per file. Values found are
 * withheld now, and only the clean segments are remembered: `scanPath` scans the others again, alone, where it meets
 * them, and reports their findings.
 */
export function scanPaths(paths: readonly string[], context: RunContext): void {
  const fresh = [...new Set(paths.flatMap(segmentsOf))].filter((segment) => cache.get(segment) === undefined);
  if (fresh.length === 0) return;
  const result = scanText(JSON.stringify(fresh));
  context.withhold(result.withheld);
  const flagged = new Set(result.findings.map((finding) => finding.pointer));
  fresh.forEach((segment, index) => {
    if (!flagged.has(`/${index}`)) cache.set(segment, []);
  });
}

/** Remembers a path's segments as clean: a worker is told so by the main thread, which scanned them when listing. */
export function rememberClean(path: string): void {
  for (const segment of segmentsOf(path)) cache.set(segment, []);
}

function segmentsOf(path: string): string[] {
  return path.split(/[/\\]/).filter((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
