import { BoundedCache } from '../privacy/bounded-cache.js';
import { type Finding, makeFinding, scanText } from '../privacy/index.js';
import type { RunContext } from './sink.js';

// Only segments without a finding are kept, so a finding is withheld again in every run that meets it.
const cache = new BoundedCache<readonly Finding[]>(10_000);

/**
 * Scans every segment of a path like a value (spec §10): a segment that is itself a finding (a token used as a file
 * name) is a finding of that file, and is withheld from every output of the run, exit-2 messages included.
 * Findings point at the document as a whole (pointer '', line 1, column 1): the file has no position for its name.
 */
export function scanPath(path: string, context: RunContext): Finding[] {
  const findings: Finding[] = [];
  for (const segment of path.split(/[/\\]/)) {
    if (segment === '' || segment === '.' || segment === '..') continue;
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
