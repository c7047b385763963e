/**
 * A write to storage that did not happen (a full or read-only disk, or a conflict with another
 * process's write): the turn that needed it fails, and the resident is told it was not saved.
 */
export class SaveFailed extends Error {
  constructor(where: string, cause: unknown) {
    super(`${where}: not saved: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'SaveFailed';
  }
}

// Deep enough for an error wrapped by a dialog inside a dialog; a cycle of causes ends here too.
const MAX_WRAPPING = 8;

/**
 * The failed save behind an error, if one is: errors are followed through `cause` and through
 * `error`, the field in which botbuilder-dialogs' DialogContextError carries the original.
 */
export function failedSave(error: unknown): SaveFailed | undefined {
  let current = error;
  for (let depth = 0; depth < MAX_WRAPPING && current instanceof Error; depth += 1) {
    if (current instanceof SaveFailed) return current;
    current = 'error' in current && current.error instanceof Error ? current.error : current.cause;
  }
  return undefined;
}
