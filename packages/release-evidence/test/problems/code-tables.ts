import { type CodeEntry, PROBLEM_DOMAINS } from '../../src/problem/index.js';

// The docs' code tables, generated from the catalogue (drift-tested by docs.test.ts, rewritten by `pnpm
// docs:problems`). Generic over the domains: a domain's codes appear as soon as its table has them.

export type Domain = keyof typeof PROBLEM_DOMAINS;
export const DOMAINS = Object.keys(PROBLEM_DOMAINS) as Domain[];

const cell = (text: string) => text.replaceAll('|', '\\|');

function argsOf(entry: CodeEntry): string {
  const names = Object.entries(entry.args).map(([name, type]) => `\`${name}\`: ${type}`);
  return names.length === 0 ? '—' : names.join(', ');
}

/** A Markdown table with its columns padded, so the generated text reads like the hand-written tables around it. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((text, column) => text.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** One domain's codes: code, severity, arguments and meaning, in catalogue order. */
export function codeTable(domain: Domain): string {
  const codes: Readonly<Record<string, CodeEntry>> = PROBLEM_DOMAINS[domain];
  const rows = Object.entries(codes).map(([code, entry]) => [
    `\`${code}\``,
    entry.severity,
    cell(argsOf(entry)),
    cell(entry.meaning),
  ]);
  return rows.length === 0 ? '_No codes yet._' : table(['code', 'severity', 'arguments', 'meaning'], rows);
}

const BEGIN = /<!-- problem-codes:([a-z]+) [^\n]*-->\n/g;
const END = '<!-- /problem-codes -->';

/** `text` with every marked block holding its domain's current table; an unknown domain or a missing end throws. */
export function withCodeTables(text: string): string {
  let out = '';
  let from = 0;
  for (const begin of text.matchAll(BEGIN)) {
    const domain = begin[1] as Domain;
    if (!Object.hasOwn(PROBLEM_DOMAINS, domain)) throw new Error(`no problem domain ${domain}`);
    const start = (begin.index ?? 0) + begin[0].length;
    const end = text.indexOf(END, start);
    if (end === -1) throw new Error(`problem-codes:${domain} has no end marker`);
    out += `${text.slice(from, start)}\n${codeTable(domain)}\n\n`;
    from = end;
  }
  return out + text.slice(from);
}

/** The marker a document puts around a domain's generated table. */
export const beginMarker = (domain: Domain) =>
  `<!-- problem-codes:${domain} (generated from src/problem/codes/${domain}.ts; pnpm docs:problems rewrites it) -->`;

/** docs/problems.md: every domain's table, one section each. */
export function problemsDoc(): string {
  const sections = DOMAINS.map(
    (domain) => `## ${domain}\n\n${beginMarker(domain)}\n\n${codeTable(domain)}\n\n${END}\n`,
  );
  return `# Problem codes

Every problem the package reports is \`{ code, severity, pointer?, args }\` (\`src/problem/\`), and every code is one
row of one catalogue: its severity, what it means, the arguments it carries and the sentence it renders. This page is
generated from that catalogue (\`pnpm docs:problems\`; \`test/problems/docs.test.ts\` fails when it drifts), one
section per domain. How to add a code: [architecture.md](architecture.md#the-problem-model).

${sections.join('\n')}`;
}
