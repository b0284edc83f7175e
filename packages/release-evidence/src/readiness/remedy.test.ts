import { describe, expect, it } from 'vitest';
import { FAIL_MUTATIONS } from '../../test/readiness/matrix.js';
import {
  addDeferral,
  addLeak,
  baseline,
  docOf,
  dropGate,
  evaluate,
  OTHER_SHA,
  replaceDoc,
  shiftTimes,
} from '../../test/readiness/support.js';
import { REMEDY_CODES } from '../contract/index.js';
import { validateDocument } from '../index.js';

async function gate(set: ReturnType<typeof baseline>, name: string) {
  const { readiness } = await evaluate(set);
  expect(validateDocument(readiness, { expectKind: 'release-readiness' }).errors).toEqual([]);
  return readiness.gates.find((entry) => entry.gate === name);
}

describe('remedies (§7)', () => {
  it('a passing gate has none', async () => {
    const { readiness } = await evaluate(baseline());
    expect(readiness.gates.every((entry) => entry.remedy === undefined)).toBe(true);
  });

  it('collect-fresh-evidence names the class, kind, stage and the instant to be newer than', async () => {
    const set = baseline();
    replaceDoc(set, docOf(set, 'staging-runtime'), shiftTimes(docOf(set, 'staging-runtime'), -30));
    set.candidate.remedies = { 'staging-runtime': 'pnpm smoke:staging' };
    const remedy = (await gate(set, 'staging-runtime'))?.remedy;
    expect(remedy?.code).toBe('collect-fresh-evidence');
    expect(remedy?.args).toMatchObject({
      gate: 'staging-runtime',
      class: 'staging-runtime',
      kind: 'release-status',
      stage: 'staging',
      newerThan: '2026-11-19T12:00:00Z',
      because: ['too-old'],
      command: 'pnpm smoke:staging',
    });
  });

  it('record-approval names only the scopes that lack an approval in force', async () => {
    const set = baseline();
    FAIL_MUTATIONS['operator-approval']?.(docOf(set, 'operator-approval'));
    const remedy = (await gate(set, 'operator-approval'))?.remedy;
    expect(remedy).toEqual({ code: 'record-approval', args: { gate: 'operator-approval', scopes: ['traffic'] } });
    dropGate(set, 'operator-approval');
    expect((await gate(set, 'operator-approval'))?.remedy?.args.scopes).toEqual(['resources', 'traffic']);
  });

  it('fix-invalid-input names the kind, id and codes, never a value, and offers no deferral', async () => {
    const set = baseline();
    const leak = addLeak(docOf(set, 'provider-canary'));
    const result = await gate(set, 'provider-canary');
    expect(result?.remedy?.code).toBe('fix-invalid-input');
    expect(result?.remedy?.args).toMatchObject({ kind: 'provider-canary-evidence', findings: ['credential'] });
    expect(result?.remedy?.args.alternative).toBeUndefined();
    expect(JSON.stringify(result)).not.toContain(leak);
  });

  it('match-subject gives the expected subject and what was found', async () => {
    const set = baseline();
    docOf(set, 'image-safety').subject.commitSha = OTHER_SHA;
    const remedy = (await gate(set, 'image-safety'))?.remedy;
    expect(remedy?.code).toBe('match-subject');
    expect(remedy?.args).toMatchObject({
      expectedCommitSha: set.candidate.subject.commitSha,
      differs: ['commitSha'],
      foundCommitSha: [OTHER_SHA],
      foundIds: [docOf(set, 'image-safety').id],
    });
  });

  it('add-deferral is a paste-ready entry with a fresh id, offered for deferrable gates only', async () => {
    const set = baseline();
    dropGate(set, 'provider-canary');
    dropGate(set, 'operator-approval');
    addDeferral(set, 'production-cutover', '2026-12-30T00:00:00Z', 'DEFER-7');
    const { readiness } = await evaluate(set);
    const canary = readiness.gates.find((entry) => entry.gate === 'provider-canary');
    expect(canary?.remedy?.args).toMatchObject({
      alternative: 'add-deferral',
      deferralId: 'DEFER-8',
      deferralReference: `ops-review/${set.candidate.milestone.id}#defer-provider-canary`,
      deferralExpiresAt: '2026-12-04T12:00:00Z',
    });
    const approval = readiness.gates.find((entry) => entry.gate === 'operator-approval');
    expect(approval?.remedy?.args.alternative).toBeUndefined();
    // The suggested entry is accepted by the candidate schema as it stands.
    const args = canary?.remedy?.args ?? {};
    const entry = {
      id: args.deferralId,
      gate: 'provider-canary',
      reference: args.deferralReference,
      expiresAt: args.deferralExpiresAt,
    };
    set.candidate.acceptedDeferrals.push(entry);
    expect(validateDocument(set.candidate, { expectKind: 'release-candidate' }).errors).toEqual([]);
    expect((await gate(set, 'provider-canary'))?.status).toBe('deferred');
  });

  it('a deferred gate keeps the remedy of its underlying status', async () => {
    const set = baseline();
    dropGate(set, 'image-safety');
    addDeferral(set, 'image-safety', '2026-12-30T00:00:00Z');
    const result = await gate(set, 'image-safety');
    expect(result?.status).toBe('deferred');
    expect(result?.remedy?.code).toBe('collect-fresh-evidence');
    expect(result?.remedy?.args.alternative).toBeUndefined();
  });

  it('covers every remedy code', () => {
    expect([...REMEDY_CODES].sort()).toEqual(
      ['add-deferral', 'collect-fresh-evidence', 'fix-invalid-input', 'match-subject', 'record-approval'].sort(),
    );
  });
});
