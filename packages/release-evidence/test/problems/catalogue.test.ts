import { describe, expect, it } from 'vitest';
import {
  type ArgValue,
  entryOf,
  PROBLEM_CATALOGUE,
  PROBLEM_DOMAINS,
  type ProblemCode,
} from '../../src/problem/index.js';
import type { Producer } from './producer.js';
import { CLI_PRODUCERS } from './producers/cli.js';
import { DOCUMENT_PRODUCERS } from './producers/document.js';
import { FIXTURE_PRODUCERS } from './producers/fixture.js';
import { PACKET_PRODUCERS } from './producers/packet.js';
import { PRIVACY_PRODUCERS } from './producers/privacy.js';
import { READINESS_PRODUCERS } from './producers/readiness.js';

// A total record, so a code added to the catalogue without a producer does not compile.
const PRODUCERS = {
  ...DOCUMENT_PRODUCERS,
  ...PRIVACY_PRODUCERS,
  ...READINESS_PRODUCERS,
  ...PACKET_PRODUCERS,
  ...FIXTURE_PRODUCERS,
  ...CLI_PRODUCERS,
} satisfies Record<ProblemCode, Producer>;
const PRODUCER_OF: ReadonlyMap<string, Producer> = new Map(Object.entries(PRODUCERS));

const typeOf = (value: ArgValue) => (Array.isArray(value) ? 'list' : typeof value);

describe('the problem catalogue', () => {
  it('gives every code to exactly one domain', () => {
    const sizes = Object.values(PROBLEM_DOMAINS).map((codes) => Object.keys(codes).length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(Object.keys(PROBLEM_CATALOGUE).length);
  });

  it('has a producer for every code and none for a code it does not hold', () => {
    expect(Object.keys(PRODUCERS).sort()).toEqual(Object.keys(PROBLEM_CATALOGUE).sort());
  });

  it.each(Object.keys(PROBLEM_CATALOGUE) as ProblemCode[])(
    '%s is produced, with the declared arguments',
    async (code) => {
      const produce = PRODUCER_OF.get(code);
      expect(produce).toBeDefined();
      const produced = ((await produce?.()) ?? []).filter((p) => p.code === code);
      expect(produced.length).toBeGreaterThan(0);
      const entry = entryOf(code);
      for (const found of produced) {
        expect(found.severity).toBe(entry.severity);
        const declared = Object.entries(entry.args);
        const required = declared.filter(([name]) => !name.endsWith('?')).map(([name]) => name);
        const allowed = new Map(declared.map(([name, type]) => [name.replace(/\?$/, ''), type]));
        for (const name of required) expect(found.args, `${code} needs ${name}`).toHaveProperty(name);
        for (const [name, value] of Object.entries(found.args)) {
          expect(allowed.get(name), `${code} does not declare ${name}`).toBe(typeOf(value));
        }
        expect(entry.render(found.args, (value) => value)).not.toBe('');
      }
    },
  );
});
