import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isUserError, type UserError } from '../../src/user-error';
import type { DateField } from '../../src/report/types';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const fixturePath = (name: string): string => resolve(repoRoot, 'test', 'fixtures', 'reports', name);

export const readFixture = (name: string): string => readFileSync(fixturePath(name), 'utf8');

/** A date field for an instant written in the `Z` form. */
export const date = (iso: string): DateField => ({ kind: 'date', at: Date.parse(iso) });

/** The UserError `run` throws; fails the test if it throws nothing or something else. */
export function userErrorOf(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (isUserError(error)) return error;
    throw error;
  }
  throw new Error('expected a UserError, but nothing was thrown');
}
