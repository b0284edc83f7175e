import type { RecordedInputs, SecretSnapshot } from './layout.js';

const move = (time: string, shiftMs: number): string => new Date(Date.parse(time) + shiftMs).toISOString();

/** Every rotation time a snapshot holds (the only times the receipt copies). */
function rotationTimes(snapshot: SecretSnapshot): string[] {
  return [
    ...snapshot.workerVersions.map((version) => version.createdOn),
    ...snapshot.github.secrets.map((secret) => secret.updatedAt),
    ...[...snapshot.githubEnvironments.values()].flatMap((listing) =>
      listing.secrets.map((secret) => secret.updatedAt),
    ),
    ...(snapshot.secretsStore ?? []).map((secret) => secret.modified),
  ];
}

function shiftSnapshot(snapshot: SecretSnapshot, shiftMs: number): SecretSnapshot {
  const listing = (value: SecretSnapshot['github']) => ({
    complete: value.complete,
    secrets: value.secrets.map((secret) => ({ ...secret, updatedAt: move(secret.updatedAt, shiftMs) })),
  });
  return {
    workerSecrets: snapshot.workerSecrets,
    workerVersions: snapshot.workerVersions.map((version) => ({
      ...version,
      createdOn: move(version.createdOn, shiftMs),
    })),
    github: listing(snapshot.github),
    githubEnvironments: new Map([...snapshot.githubEnvironments].map(([name, value]) => [name, listing(value)])),
    ...(snapshot.secretsStore
      ? {
          secretsStore: snapshot.secretsStore.map((secret) => ({
            ...secret,
            modified: move(secret.modified, shiftMs),
          })),
        }
      : {}),
  };
}

/**
 * `--replay-at TS`: moves every recorded rotation time by the same amount so that the newest lands at `at` (the gaps
 * are kept). Only an explicit request shifts time; evidence built this way says `x-inventory: replayed-fixture`.
 */
export function replayAt(inputs: RecordedInputs, at: Date): RecordedInputs {
  const times = [...rotationTimes(inputs.before), ...rotationTimes(inputs.after)].map((time) => Date.parse(time));
  if (times.length === 0) return inputs;
  const shiftMs = at.getTime() - Math.max(...times);
  return {
    before: shiftSnapshot(inputs.before, shiftMs),
    after: shiftSnapshot(inputs.after, shiftMs),
    inventory: inputs.inventory,
  };
}
