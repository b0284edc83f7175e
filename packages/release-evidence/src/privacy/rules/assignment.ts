import { isPlaceholder } from '../placeholder.js';
import type { RuleTools } from '../types.js';
import { defineRules } from './define.js';
import { ASSIGNMENT_FORMS, samples } from './sample.js';

/*
 * Secrets written next to a name, in every form evidence uses (spec §8): `NAME=value`, `NAME = "value"`,
 * `name: value`, `"name": "value"`, YAML, command-line flags (`--password=…`, `--api-token …`), `curl -u` and
 * `Authorization` headers.
 */

const s = samples('assignment');
const VALUE = '[^\\s"\'`&;,<>(){}\\[\\]]';
// A reference to a secret, not its value: `${{ secrets.NAME }}`, `$NAME`, `<token>`, `%(password)s`, `***`.
const REFERENCE = /^[$<*%]/;
const SECRET_NAME = /^[A-Z][A-Z0-9_]{2,}$/;
/**
 * How every name the secret-assignment pattern takes ends, by the word it must hold: the words are the rule's
 * keywords and the endings its pattern, so the prefilter can never skip a name the pattern would take.
 */
const SECRET_NAME_ENDINGS = {
  secret: 'secret',
  token: 'token',
  key: 'key',
  password: 'password',
  passwd: 'passwd',
  credential: 'credentials?',
  authorization: 'authorization',
  cookie: 'cookie',
  session: 'session',
  signature: 'signature',
} as const;

/** A value that stands for a secret rather than being one: a reference, a placeholder, or another secret's name. */
function isStandIn(value: string, { classifyKey }: RuleTools): boolean {
  return REFERENCE.test(value) || isPlaceholder(value) || (SECRET_NAME.test(value) && classifyKey(value) === 'secret');
}

const VALUE_AT = new RegExp(`${VALUE}{8,400}`, 'y');

function valueAt(text: string, index: number): string {
  VALUE_AT.lastIndex = index;
  return VALUE_AT.exec(text)?.[0] ?? '';
}

const authorizationTps = [
  `Authorization: ${'Bearer'} ${s.alnum(40)}`,
  `Authorization: ${'Basic'} ${btoa(`deploy:${s.alnum(18)}`)}`,
  `-H 'Authorization: token ${s.alnum(40)}'`,
  `Authorization: ${s.alnum(32)}`,
];

export const ASSIGNMENT_RULES = defineRules('credential', [
  {
    id: 'authorization-value',
    title: 'Authorization header value',
    description: 'A Bearer or Basic credential, or any Authorization value (no scheme, or the token or bot scheme).',
    keywords: ['bearer', 'basic', 'authorization'],
    // After the header name, the lower-case run before the first digit or capital is read once (a lookahead never
    // backtracks): `authorization=` repeated, where every name starts a candidate, cost 106-109 ms per MiB.
    pattern:
      /\b(?:Bearer|Basic|BEARER|BASIC|bearer)[ \t]{1,5}(?=[a-z._~+/=-]{0,400}[0-9A-Z])(?<secret>[A-Za-z0-9._~+/=-]{16,4096})|(?:[Aa]uthorization|AUTHORIZATION)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?(?:(?:[Tt]oken|[Bb]ot|TOKEN|[Bb]earer|[Bb]asic)[ \t]{1,5})?(?=(?=(?<lower>[a-z._~+/=-]{0,400}))\k<lower>[0-9A-Z])[A-Za-z0-9._~+/=-]{16,4096}/,
    tps: authorizationTps,
    fps: [
      'Bearer tokens are never logged by the smoke runner',
      'authorization header is stripped before logging',
      `Authorization: ${'Bearer'} ${'x'.repeat(40)}`,
    ],
  },
  {
    id: 'secret-assignment',
    title: 'Secret assigned to a name',
    description:
      'A value of 8 or more characters assigned to a secret-like name: NAME=value, name: value, "name": "value", YAML, or a --flag.',
    // Every secret-like name ends in one of these words (keys.ts), so the pattern looks only at such names, and a
    // string without any of them is never tried (most strings: labels, timestamps, `check-12`). The pattern stops
    // at the start of the value, so a name it refuses does not hide a later one inside that value
    // (`note: DEPLOY_TOKEN=…`); `accept` reads the value from there.
    keywords: Object.keys(SECRET_NAME_ENDINGS),
    pattern: new RegExp(
      `(?<![A-Za-z0-9_.-])-{0,2}["']?(?<name>[A-Za-z0-9_.-]{0,63}?(?:${Object.values(SECRET_NAME_ENDINGS).join('|')}))["']?(?:[ \\t]{0,3}[=:][ \\t]{0,3}|(?<=-[A-Za-z0-9_.-]{1,64})[ \\t]{1,3})["']?(?=${VALUE}{8})`,
      'i',
    ),
    accept: (match, tools) => {
      const start = match.index + match[0].length;
      // A reference, or (for a flag given with a space) the next flag: judged by the first character, before the value
      // is read, so refusing a run of candidates costs nothing per character.
      if (/[$<*%-]/.test(match.input[start] ?? '') || tools.classifyKey(match.groups?.name ?? '') !== 'secret') {
        return false;
      }
      return !isStandIn(valueAt(match.input, start), tools);
    },
    tps: [
      ...ASSIGNMENT_FORMS.map(({ write }) => write(s.alnum(24))),
      // One name per ending, so a word dropped from the table fails here, not only in the docs.
      `session=${s.alnum(24)}`,
      `cookie: ${s.alnum(24)}`,
      `"signature": "${s.alnum(24)}"`,
      `DB_CREDENTIALS=${s.alnum(24)}`,
      `db_credential: ${s.alnum(24)}`,
      `AUTHORIZATION=${s.alnum(24)}`,
      `smtp_passwd=${s.alnum(24)}`,
      `admin_password: ${s.alnum(24)}`,
      `client_secret=${s.alnum(24)}`,
      `api_key: ${s.alnum(24)}`,
      `refresh_token=${s.alnum(24)}`,
    ],
    fps: [
      ['DEPLOY_TOKEN=$', '{{ secrets.DEPLOY_TOKEN }}'].join(''),
      'token: GITHUB_TOKEN',
      `password: ${'*'.repeat(12)}`,
      'token budget: 1200 input tokens and 300 output tokens',
      'inputTokens: 12000000',
      '--api-token --verbose',
    ],
  },
  {
    id: 'curl-user-password',
    title: 'User and password on a command line',
    description: 'A user:password pair given to curl -u / --user (or any tool with that flag).',
    keywords: ['-u', '--user'],
    pattern:
      // The flag must follow a space, a quote or the start, none of which a user or password may hold: so no two
      // candidates share a password, and a text costs its length (`-u=a:` repeated, tried at each `-u`, cost 185-375 ms
      // per MiB).
      /(?<![^\s"'])(?:-u|--user)(?:[ \t]{1,3}|=)["']?[^\s:"'@]{1,64}:(?<secret>[^\s"'@]{6,200})(?=["'\s]|$)/,
    accept: (match, tools) => !isStandIn(match.groups?.secret ?? '', tools),
    tps: [
      `curl -u deploy:${s.alnum(16)} https://api.example.com/`,
      `curl --user 'ci:${s.alnum(20)}' https://x.test/`,
      `args="-u=ci:${s.alnum(16)}"`,
    ],
    fps: ['curl -u "$USER:$PASSWORD" https://api.example.com/', 'ls -u a', 'docker run -u 1000:1000 node'],
  },
]);
