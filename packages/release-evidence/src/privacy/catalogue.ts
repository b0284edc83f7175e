import { PRIVACY_CLASSES, type Rule } from './types.js';

/*
 * The catalogue as people read it: docs/privacy.md, `scan --rules` and SARIF rule metadata all come from here, so
 * none can drift from the rules. An example is described in words, never written as a token.
 */

export const RULES_DOC_URL =
  'https://github.com/cloudflare-saas-core/cloudflare-saas-core/blob/main/packages/release-evidence/docs/privacy.md';

/** The docs anchor of a rule: its heading in docs/privacy.md. */
export function ruleHelpUri(rule: Rule): string {
  return `${RULES_DOC_URL}#${rule.id}`;
}

/** How an example of the rule looks, in words: its documented prefix, then what follows it. */
export function describeShape(rule: Rule): string {
  if (rule.shape) return rule.shape;
  const sample = rule.tps.find((tp): tp is string => typeof tp === 'string') ?? '';
  const prefix = rule.redactPrefix
    ? (rule.keywords ?? []).filter((keyword) => sample.startsWith(keyword)).sort((a, b) => b.length - a.length)[0]
    : undefined;
  const rest = describeRuns(prefix ? sample.slice(prefix.length) : sample);
  return prefix ? `\`${prefix}\` then ${rest}` : rest;
}

const MAX_PARTS = 8;
const RUN = /:\/\/|[A-Za-z0-9+/=]+|[^A-Za-z0-9+/=:]+|:/g;

function describeRuns(text: string): string {
  const parts = (text.match(RUN) ?? []).map(describeRun);
  const shown = parts.slice(0, MAX_PARTS);
  const more = text.length - (text.match(RUN) ?? []).slice(0, MAX_PARTS).join('').length;
  return `${shown.join(' ')}${more > 0 ? ` and ${more} more characters` : ''}`;
}

function describeRun(run: string): string {
  if (!/[A-Za-z0-9]/.test(run)) return `\`${run.replace(/\s+/g, ' ').replaceAll('`', "'")}\``;
  // A short word in one case reads as a word (a key name, a scheme); anything else is counted.
  if (/^(?:[a-z]{2,12}|[A-Z]{2,12})$/.test(run) && /[aeiouAEIOU]|^https?$/.test(run)) return `\`${run}\``;
  const n = run.length;
  if (n === 1) return `one ${/[0-9]/.test(run) ? 'digit' : 'letter'}`;
  if (/[+/=]/.test(run)) return `${n} base64 characters`;
  if (/^[0-9]+$/.test(run)) return `${n} digits`;
  if (/^[0-9a-f]+$/.test(run)) return `${n} hex digits`;
  if (/^[A-Z0-9]+$/.test(run)) return `${n} upper-case letters or digits`;
  if (/^[A-Za-z]+$/.test(run)) return `${n} letters`;
  return `${n} letters and digits`;
}

/** The rule catalogue section of docs/privacy.md: one heading per rule (the SARIF helpUri anchor), by class. */
export function renderRuleCatalogue(rules: readonly Rule[]): string {
  const lines: string[] = [`${rules.length} rules. Each heading is the rule id, which SARIF results link to.`, ''];
  for (const privacyClass of PRIVACY_CLASSES) {
    const ofClass = rules.filter((rule) => rule.class === privacyClass);
    if (ofClass.length === 0) continue;
    lines.push(`### Class \`${privacyClass}\``, '');
    for (const rule of ofClass) {
      lines.push(`#### ${rule.id}`, '');
      const description = rule.description.replaceAll('*', '\\*');
      lines.push(`- **${rule.title}** (\`${rule.class}\`${rule.detect ? ', by context' : ''}): ${description}`);
      lines.push(`- Example shape: ${describeShape(rule)}.`);
      if (rule.keywords && rule.keywords.length > 0) {
        lines.push(`- Runs only on strings holding: ${rule.keywords.map((keyword) => `\`${keyword}\``).join(', ')}.`);
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}

/** `scan --rules`: one line per rule, id, class and title, in catalogue order. */
export function renderRuleList(rules: readonly Rule[]): string {
  const width = Math.max(...rules.map((rule) => rule.id.length));
  return rules.map((rule) => `${rule.id.padEnd(width)}  ${rule.class.padEnd(11)}  ${rule.title}`).join('\n');
}
