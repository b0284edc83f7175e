import { type CodeEntry, defineCodes } from '../entry.js';
import { labelAt, shownArg } from './arg-text.js';

// Privacy findings: one code per privacy class (spec §8), `<class>-finding`, the code the fixture check already
// reported for a finding. The rule that matched is an argument, not the code: rules are many, data, and may be added
// by a caller (`createScanner({ rules })`), while a code is a closed, documented condition.

const finding = (privacyClass: string, meaning: string): CodeEntry => ({
  severity: 'error',
  meaning,
  args: { rule: 'string', redacted: 'string', 'shadowed?': 'boolean' },
  render: (args, show, pointer) => {
    const where = args.shadowed === true ? ' (in a duplicate member that JSON parsers drop)' : '';
    return `${labelAt(`${privacyClass} finding`, pointer ?? '', show)}${where}: ${shownArg(args, 'redacted', show)}`;
  },
  summary: `${privacyClass} finding`,
});

/** Codes of the privacy domain: a finding of each privacy class. */
export const PRIVACY_CODES = defineCodes({
  'credential-finding': finding('credential', 'a credential: a token, key, password, signature or one of their parts'),
  'identity-finding': finding('identity', 'a user, actor, account, workspace, owner or customer identifier or address'),
  'storage-finding': finding('storage', 'a storage object key, bucket endpoint or namespace id'),
  'provider-finding': finding(
    'provider',
    'a raw provider execution, prediction, request or log id, or gateway metadata',
  ),
  'media-finding': finding('media', 'embedded image or file bytes'),
  'private-url-finding': finding(
    'private-url',
    'a URL with credentials, signed or secret query parameters, or a private host',
  ),
});
