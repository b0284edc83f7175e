import { CHANGE_CLASSES, type ReleaseDiff } from '../diff/index.js';
import { changeText } from './catalogue.js';
import { untrusted } from './markdown-text.js';
import { CHANGE_CLASS_TITLES } from './text/diff.js';

/** `diff` as GitHub-flavoured Markdown: every document value a code span, the wording from the catalogue. */
export function formatDiffMarkdown(diff: ReleaseDiff): string {
  const side = (label: string, entry: ReleaseDiff['from']) =>
    `- ${label}: ${untrusted(entry.kind)} ${untrusted(entry.id)} at ${untrusted(entry.now)}, verdict ${untrusted(entry.verdict)}`;
  const lines = [
    `## Release diff: ${diff.changed ? `${diff.changes.length} changes` : 'no changes'}`,
    '',
    side('Old', diff.from),
    side('New', diff.to),
  ];
  for (const changeClass of CHANGE_CLASSES) {
    const changes = diff.changes.filter((change) => change.class === changeClass);
    if (changes.length === 0) continue;
    lines.push('', `### ${CHANGE_CLASS_TITLES[changeClass]}`, '');
    for (const change of changes) {
      const mark = change.code === 'policy-weakened' ? '⚠️ ' : '';
      lines.push(`- ${mark}${changeText(change.code, change.args, (value) => untrusted(value))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
