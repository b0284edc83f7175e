// Format patterns of the contract scalars (spec §2), as strings so the validators and the JSON Schema share them.
// Every pattern is anchored, with bounded or disjoint quantifiers, so matching stays linear.

export const LABEL_PATTERN = '^[a-z0-9](?:[a-z0-9._-]{0,126}[a-z0-9])?$';
/** Labels joined by `/`, `#` or `:`; the 1–200 length is checked separately. */
const LABEL_BODY = '[a-z0-9](?:[a-z0-9._-]{0,126}[a-z0-9])?';
export const REFERENCE_PATTERN = `^${LABEL_BODY}(?:[/#:]${LABEL_BODY})*$`;
export const SECRET_NAME_PATTERN = '^[A-Z][A-Z0-9_]{0,127}$';
export const BINDING_NAME_PATTERN = '^[A-Z][A-Z0-9_]{0,63}$';
export const DEFERRAL_ID_PATTERN = '^[A-Z][A-Z0-9]*-[0-9]{1,6}$';
/** A SHA-1 or SHA-256 git commit id, unanchored: the scanner also finds it inside raw JSON text. */
export const COMMIT_SHA_BODY = '[0-9a-f]{40}|[0-9a-f]{64}';
export const COMMIT_SHA_PATTERN = `^(?:${COMMIT_SHA_BODY})$`;
export const DIGEST_PATTERN = '^sha256:[0-9a-f]{64}$';
const REPOSITORY_PART = '(?!\\.\\.?(?:/|$))[A-Za-z0-9_.-]{1,100}';
export const REPOSITORY_PATTERN = `^${REPOSITORY_PART}/${REPOSITORY_PART}$`;
export const WORKFLOW_PATTERN = '^[A-Za-z0-9._-]{1,100}$';
export const EXTENSION_KEY_PATTERN = '^x-[a-z0-9-]+$';
export const COMMAND_LABEL_PATTERN = '^[a-z0-9][a-z0-9 :._/@-]{0,199}$';
/** Semantic Versioning 2.0.0, with bounded parts. */
export const SEMVER_PATTERN =
  '^(?:0|[1-9][0-9]{0,8})\\.(?:0|[1-9][0-9]{0,8})\\.(?:0|[1-9][0-9]{0,8})(?:-[0-9A-Za-z-]{1,64}(?:\\.[0-9A-Za-z-]{1,64}){0,15})?(?:\\+[0-9A-Za-z-]{1,64}(?:\\.[0-9A-Za-z-]{1,64}){0,15})?$';

/**
 * `git check-ref-format --branch`: 1–255 characters; no space, control character, DEL, `~^:?*[\`; no `..`, `//` or
 * `@{`; no leading `/` or `-`; no trailing `/` or `.`; no component that starts with `.` or ends with `.lock`; not `@`.
 */
export const BRANCH_PATTERN =
  '^(?!@$)(?![/.-])(?![\\s\\S]*(?:\\.\\.|//|@\\{|/\\.|\\.lock(?:/|$)|[/.]$))[^\\u0000-\\u0020\\u007f~^:?*\\[\\\\]{1,255}$';
