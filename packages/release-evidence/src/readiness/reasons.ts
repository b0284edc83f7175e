/** Why a gate or deferral has its status. Messages hold only codes, ids, labels and gate names, never other values. */
export interface Reason {
  readonly code: string;
  readonly message: string;
}

export function reason(code: string, message: string): Reason {
  return { code, message };
}
