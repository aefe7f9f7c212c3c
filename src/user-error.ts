/**
 * The one error type for what a user got wrong (a bad input, policy, report or AWS setup).
 * Entry points print `message` alone, never a stack trace; anything else that escapes is
 * our own bug and keeps its stack.
 */
export interface SourcePosition {
  /** Path as the user gave it (or `builtin:NAME`). */
  file: string;
  /** 1-based. */
  line?: number;
  /** 1-based. */
  column?: number;
}

export function formatPosition(pos: SourcePosition): string {
  if (pos.line === undefined) return pos.file;
  if (pos.column === undefined) return `${pos.file}:${pos.line}`;
  return `${pos.file}:${pos.line}:${pos.column}`;
}

export class UserError extends Error {
  override readonly name = 'UserError';
  readonly position: SourcePosition | undefined;

  constructor(message: string, position?: SourcePosition) {
    super(message);
    this.position = position;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
