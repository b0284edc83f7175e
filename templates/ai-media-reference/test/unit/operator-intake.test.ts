import { describe, expect, it } from 'vitest';
import type { OperatorDecision } from '../../adapters/operator-decisions.js';
import { approvalCommands, buildOperatorEvidence } from '../../adapters/operator-intake.js';
import { SUBJECT } from './subject-fixture.js';

const now = new Date('2026-11-25T12:00:00Z');
const decision = (overrides: Partial<OperatorDecision>): OperatorDecision => ({
  scope: 'resources',
  reference: 'ops-review/reference-launch#resources',
  reviewerRole: 'release-manager',
  decision: 'approved',
  decidedAt: '2026-11-25T11:00:00Z',
  expiresAt: '2026-11-26T11:00:00Z',
  commitSha: SUBJECT.commitSha,
  ...overrides,
});

describe('operator approval intake', () => {
  it('emits nothing without a fresh decision, and prints both commands', () => {
    const stale = [decision({ expiresAt: '2026-11-25T11:30:00Z' }), decision({ commitSha: 'b'.repeat(40) })];
    expect(buildOperatorEvidence(stale, SUBJECT, now)).toBeUndefined();
    expect(approvalCommands(stale, SUBJECT, now)).toHaveLength(2);
  });
  it('keeps the newest fresh decision per scope, with traffic percent only for traffic', () => {
    const decisions = [
      decision({}),
      decision({ decidedAt: '2026-11-25T11:30:00Z', decision: 'rejected' }),
      decision({ scope: 'traffic', trafficPercent: 25, reference: 'ops-review/reference-launch#traffic' }),
      decision({ decidedAt: '2026-11-25T12:30:00Z' }),
    ];
    const document = buildOperatorEvidence(decisions, SUBJECT, now);
    expect(document).toMatchObject({
      kind: 'operator-assisted-production',
      environment: 'production',
      producer: { adapter: 'ops-approve' },
    });
    expect(document?.approvals).toEqual([
      {
        scope: 'resources',
        reference: 'ops-review/reference-launch#resources',
        reviewerRole: 'release-manager',
        decision: 'rejected',
        decidedAt: '2026-11-25T11:30:00Z',
        expiresAt: '2026-11-26T11:00:00Z',
      },
      {
        scope: 'traffic',
        reference: 'ops-review/reference-launch#traffic',
        reviewerRole: 'release-manager',
        decision: 'approved',
        decidedAt: '2026-11-25T11:00:00Z',
        expiresAt: '2026-11-26T11:00:00Z',
        trafficPercent: 25,
      },
    ]);
    expect(approvalCommands(decisions, SUBJECT, now)).toEqual([]);
  });
});
