import { quoteText } from '../files/quote-text';
import { formatPosition, UserError } from '../user-error';
import type { SourcePosition } from '../user-error';
import { closestMatch } from './did-you-mean';

/**
 * How policies name the builtins. Kept apart from the file loader so the default path (a builtin,
 * served pre-resolved) can report an unknown name without loading the YAML parser or zod.
 */

export const BUILTIN_PREFIX = 'builtin:';

export function isBuiltinRef(ref: string): boolean {
  return ref.startsWith(BUILTIN_PREFIX);
}

/** `builtin:a, builtin:b`: every builtin, as a policy would name it. */
export function builtinRefList(names: readonly string[]): string {
  return names.map((name) => `${BUILTIN_PREFIX}${name}`).join(', ');
}

/** `ref` names no builtin: say so where it was written (if in a file), with the closest name. */
export function unknownBuiltin(ref: string, position: SourcePosition | null, names: readonly string[]): UserError {
  const where = position === null ? '' : `${formatPosition(position)}: `;
  const builtins = builtinRefList(names);
  const match = closestMatch(ref.slice(BUILTIN_PREFIX.length), names);
  const hint =
    match === undefined
      ? ` — the builtin policies are ${builtins}`
      : ` — did you mean '${BUILTIN_PREFIX}${match}'? The builtin policies are ${builtins}`;
  // The name comes from an input or an `extends`: escaped like any quoted text.
  return new UserError(`${where}unknown builtin policy '${quoteText(ref)}'${hint}`, position ?? undefined);
}
