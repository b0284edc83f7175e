import type { ReleasePacket } from '../../contract/index.js';
import type { PacketVerification } from '../../packet/index.js';
import { renderProblem } from '../../problem/index.js';
import { formatReadinessText } from './readiness.js';
import { DEFAULT_TEXT_OPTIONS, painter, show, type TextOptions, wrap } from './style.js';

/** A packet for a person: what it seals, then its readiness view. */
export function formatPacketText(packet: ReleasePacket, options: TextOptions = DEFAULT_TEXT_OPTIONS): string {
  const out = painter(options);
  const lines = [
    ...wrap(`Release packet ${show(packet.id)}`, out.width, '  ', '').map((line) => out.paint('bold', line)),
    ...wrap(`digest ${show(packet.packetDigest)}`, out.width, '  ', '  '),
    `  ${packet.artifacts.length} artifacts, ${packet.readiness.inputs.length} inputs`,
    '',
  ];
  return `${lines.join('\n')}\n${formatReadinessText(packet.readiness, options)}`;
}

/** `verify-packet` for a person: the outcome first, then each check and every reason. */
export function formatVerificationText(
  packetName: string,
  result: PacketVerification,
  options: TextOptions = DEFAULT_TEXT_OPTIONS,
): string {
  const out = painter(options);
  const mark = (ok: boolean) => (ok ? out.paint('good', '✔') : out.paint('bad', '✖'));
  const title = `${result.ok ? '✔ verified' : '✖ does NOT verify'}  ${show(packetName)}`;
  const counts = `${result.changed.length} changed, ${result.missing.length} missing, ${result.extra.length} extra`;
  const lines = [
    ...wrap(title, out.width, '  ', '').map((line) => out.paint(result.ok ? 'good' : 'bad', out.paint('bold', line))),
    `  ${mark(result.packetDigestOk)} packetDigest ${result.packetDigestOk ? 'matches' : 'does not match'}`,
    `  ${mark(result.readinessMatches)} readiness re-run ${result.readinessMatches ? 'is identical' : 'differs'}`,
    `  ${mark(result.changed.length + result.missing.length + result.extra.length === 0)} documents: ${counts}`,
  ];
  for (const reason of result.reasons) {
    lines.push(...wrap(`${show(reason.code)}: ${renderProblem(reason, show)}`, out.width, '      ', '    - '));
  }
  return `${lines.join('\n')}\n`;
}
