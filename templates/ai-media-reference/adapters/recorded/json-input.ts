import { readFileSync } from 'node:fs';

/** A recorded input that is unreadable or not in the shape its tool prints. The CLI names the file and exits 2. */
export class InputProblem extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function readText(path: string, file: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new InputProblem(file, 'cannot be read');
  }
}

/** One JSON document; a parse error names the file and never repeats its contents. */
export function parseJson(text: string, file: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    throw new InputProblem(file, 'is not JSON');
  }
}

/**
 * The JSON documents of a stream written back to back, as `gh api --paginate` prints one object per page
 * (cli/cli pkg/cmd/api/api.go: only array pages are joined into one array). Strings are skipped as a unit so
 * braces inside them do not count.
 */
export function parseJsonStream(text: string, file: string): Json[] {
  const documents: Json[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    if (char === '{' || char === '[') {
      if (depth === 0) start = index;
      depth++;
    } else if (char === '}' || char === ']') {
      depth--;
      if (depth < 0) throw new InputProblem(file, 'is not JSON');
      if (depth === 0) documents.push(parseJson(text.slice(start, index + 1), file));
    } else if (depth === 0 && !/\s/.test(char ?? '')) {
      throw new InputProblem(file, 'is not a JSON document or a stream of them');
    }
  }
  if (depth !== 0 || inString || documents.length === 0) throw new InputProblem(file, 'is not JSON');
  return documents;
}

/** A string member, or a problem naming the file and the member (never its value). */
export function stringAt(value: JsonObject, key: string, file: string): string {
  const found = value[key];
  if (typeof found !== 'string') throw new InputProblem(file, `an entry has no string "${key}"`);
  return found;
}

export function arrayAt(value: Json, file: string, what: string): Json[] {
  if (!Array.isArray(value)) throw new InputProblem(file, `is not ${what}`);
  return value;
}

export function objectsIn(value: Json, file: string, what: string): JsonObject[] {
  const list = arrayAt(value, file, what);
  if (!list.every(isObject)) throw new InputProblem(file, `is not ${what}`);
  return list as JsonObject[];
}
