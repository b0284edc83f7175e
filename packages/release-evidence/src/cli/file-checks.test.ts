import { describe, expect, it } from 'vitest';
import { makeFinding, type PrivacyClass } from '../privacy/index.js';
import { listedFindings, MOST_FINDINGS_LISTED } from './file-checks.js';

function finding(line: number, privacyClass: PrivacyClass = 'identity', pointer = `/${line}`) {
  return makeFinding({ rule: 'email-address', class: privacyClass, pointer, line, column: 1, redacted: '[redacted]' });
}

describe('listedFindings', () => {
  it('lists every finding up to the limit and omits nothing', () => {
    const findings = Array.from({ length: MOST_FINDINGS_LISTED }, (_, index) => finding(index + 1));
    expect(listedFindings(findings)).toEqual({ findings });
  });

  it('lists the first ones, then the first of each other class and any at /id, and counts the rest', () => {
    const first = Array.from({ length: MOST_FINDINGS_LISTED }, (_, index) => finding(index + 1));
    const later = [
      finding(2001),
      finding(2002, 'credential'),
      finding(2003, 'credential'),
      finding(2004, 'identity', '/id'),
      finding(2005),
    ];
    const listed = listedFindings([...first, ...later]);
    expect(listed.findings).toEqual([...first, later[1], later[3]]);
    expect(listed.omittedFindings).toBe(3);
  });
});
