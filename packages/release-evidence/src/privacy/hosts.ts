/**
 * Private hosts in every form a URL parser accepts (spec §8): the WHATWG URL parser reads decimal, hex, octal and
 * short IPv4 forms and IPv6, so the host is judged as a browser or `fetch` would resolve it.
 */

const NAME_SUFFIXES = ['.internal', '.local', '.localhost'];
// The last label decides whether a URL parser reads the host as IPv4: a number, or 0x hex.
const NUMERIC_LABEL = /(?:^|\.)(?:0x[0-9a-f]*|[0-9]+)\.?$/;

/** True when the authority of a URL (what follows `://`, up to the path) names a private or local host. */
export function isPrivateAuthority(authority: string): boolean {
  const host = hostOf(authority);
  if (host === '') return false;
  const name = host.endsWith('.') ? host.slice(0, -1) : host;
  if (name === 'localhost' || NAME_SUFFIXES.some((suffix) => name.endsWith(suffix))) return true;
  if (!host.startsWith('[') && !NUMERIC_LABEL.test(host)) return false;
  const parsed = parseHost(host);
  if (parsed === undefined) return false;
  return parsed.startsWith('[') ? isPrivateIpv6(parsed.slice(1, -1)) : isPrivateIpv4(parsed);
}

function hostOf(authority: string): string {
  const afterUser = authority.slice(authority.lastIndexOf('@') + 1).toLowerCase();
  if (afterUser.startsWith('[')) {
    const end = afterUser.indexOf(']');
    return end === -1 ? '' : afterUser.slice(0, end + 1);
  }
  const colon = afterUser.indexOf(':');
  return colon === -1 ? afterUser : afterUser.slice(0, colon);
}

function parseHost(host: string): string | undefined {
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return undefined;
  }
}

function isPrivateIpv4(address: string): boolean {
  const parts = address.split('.').map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part))) return false;
  const [a = -1, b = -1] = parts;
  return (
    a === 127 ||
    a === 10 ||
    a === 0 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    (a === 100 && b >= 64 && b <= 127)
  );
}

/** `address` as the URL parser writes it: compressed, lower-case, IPv4-mapped tails in hex. */
function isPrivateIpv6(address: string): boolean {
  if (address === '::1' || address === '::') return true;
  if (/^f[cd]/.test(address) || /^fe[89ab]/.test(address)) return true;
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d) addresses carry an IPv4 host in their last 32 bits.
  const mapped = /^::(?:ffff:)?([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(address);
  if (!mapped) return false;
  const high = Number.parseInt(mapped[1] as string, 16);
  const low = Number.parseInt(mapped[2] as string, 16);
  return isPrivateIpv4(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
}
