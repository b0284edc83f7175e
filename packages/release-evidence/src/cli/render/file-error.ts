import { type IssueJson, issueJson } from '../../format/index.js';
import { renderProblem } from '../../problem/index.js';
import type { FileError } from '../file-checks.js';

/** A file check's error as the JSON outputs show it: a document problem rendered by the catalogue, or a read failure. */
export function fileErrorJson(error: FileError): IssueJson {
  return 'cause' in error
    ? { code: error.code, pointer: error.pointer, message: renderProblem(error.cause) }
    : issueJson(error);
}

export const fileErrorMessage = (error: FileError): string => fileErrorJson(error).message;
