/** The answer of a select or divide step: Karmada's error text when it fails. @public */
export type StageResult<T> =
  | { ok: true; value: T }
  | { ok: false; message: string; unschedulable: boolean };

export function stageOk<T>(value: T): StageResult<T> {
  return { ok: true, value };
}

export function stageError<T>(
  message: string,
  unschedulable = false,
): StageResult<T> {
  return { ok: false, message, unschedulable };
}
