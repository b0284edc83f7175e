import { CHANGE_CLASSES, type ReleaseDiff } from '../../diff/index.js';
import { changeText } from '../catalogue.js';
import { DEFAULT_TEXT_OPTIONS, painter, show, type TextOptions, wrap } from './style.js';

export const CHANGE_CLASS_TITLES: Readonly<Record<(typeof CHANGE_CLASSES)[number], string>> = {
  subject: 'Subject',
  verdict: 'Verdict',
  gates: 'Gates',
  deferrals: 'Deferrals',
  policy: 'Policy',
  inputs: 'Inputs',
};

/** `diff` for a person: both sides, then the changes class by class, weakened policy first. */
export function formatDiffText(diff: ReleaseDiff, options: TextOptions = DEFAULT_TEXT_OPTIONS): string {
  const out = painter(options);
  const side = (label: string, entry: ReleaseDiff['from']) =>
    wrap(
      `${label} ${show(entry.kind)} ${show(entry.id)} at ${show(entry.now)}: ${show(entry.verdict)}`,
      out.width,
      '      ',
      '  ',
    );
  const lines = [
    out.paint('bold', diff.changed ? `${diff.changes.length} changes` : 'No changes'),
    ...side('old', diff.from),
    ...side('new', diff.to),
  ];
  for (const changeClass of CHANGE_CLASSES) {
    const changes = diff.changes.filter((change) => change.class === changeClass);
    if (changes.length === 0) continue;
    lines.push('', out.paint('bold', CHANGE_CLASS_TITLES[changeClass]));
    for (const change of changes) {
      const tone = change.code === 'policy-weakened' || change.code === 'deferral-expired' ? 'warn' : undefined;
      const [first = '', ...rest] = wrap(changeText(change.code, change.args, show), out.width, '    ', '  • ');
      lines.push(tone ? out.paint(tone, first) : first, ...rest);
    }
  }
  return `${lines.join('\n')}\n`;
}
