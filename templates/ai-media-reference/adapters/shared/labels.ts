/** Turns a free name (a file path, a title) into a contract label: lowercase, `[a-z0-9._-]`, at most 128 characters. */
export function toLabel(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .slice(0, 128)
    .replace(/^[^a-z0-9]+/, '')
    .replace(/[^a-z0-9]+$/, '');
  return slug === '' ? 'unnamed' : slug;
}
