import { join } from 'node:path';
import { loadReleaseConfig } from '../adapters/shared/config.js';
import { installSignalHandlers } from '../adapters/shared/lifecycle.js';
import { templatePath } from '../adapters/shared/paths.js';
import { currentSubject } from '../adapters/shared/subject.js';
import { collectEvidence, REPLAYED_INPUTS } from './collect-evidence.js';
import { ensureCli, releaseEvidence } from './release-evidence-cli.js';

/** `pnpm demo`: every adapter, then the package's `packet` command and its text view (Markdown goes to a file). */
async function main(): Promise<number> {
  installSignalHandlers();
  ensureCli();
  const outDir = process.env.DEMO_OUT_DIR ?? templatePath('evidence-out');
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const subject = currentSubject(loadReleaseConfig());
  log(`subject: ${subject.repository}@${subject.branch} ${subject.commitSha}`);
  const runs = Number(process.env.DEMO_CANARY_RUNS);
  const canaryRuns = Number.isInteger(runs) && runs > 0 ? runs : undefined;
  const collected = await collectEvidence({
    outDir,
    subject,
    log,
    ...REPLAYED_INPUTS(),
    ...(canaryRuns ? { canaryRuns } : {}),
  });
  const packetPath = join(outDir, 'release-packet.json');
  const markdownPath = join(outDir, 'release-packet.md');
  // The text view, in colour when the demo's own stdout is a terminal (the CLI itself writes to a pipe here).
  if (process.stdout.isTTY && process.env.NO_COLOR === undefined) process.env.FORCE_COLOR ??= '1';
  const result = releaseEvidence([
    'packet',
    '--candidate',
    collected.candidatePath,
    '--evidence',
    collected.evidenceDir,
    '--out',
    packetPath,
    '--markdown',
    markdownPath,
    '--format',
    'text',
  ]);
  process.stderr.write(result.stderr);
  if (result.status === 2) return 2;
  process.stdout.write(result.stdout);
  log(`\nevidence: ${collected.evidenceDir}\npacket: ${packetPath}`);
  if (collected.pendingApprovals.length > 0) {
    log('\nThe template never approves production itself. An operator records a decision with:');
    for (const command of collected.pendingApprovals) log(`  ${command}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`demo failed: ${error instanceof Error ? error.message : 'unknown error'}\n`);
    process.exit(2);
  },
);
