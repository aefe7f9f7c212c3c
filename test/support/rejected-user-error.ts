import { isUserError, type UserError } from '../../src/user-error';

/** The UserError a promise rejects with; fails the test if it resolves or rejects with anything else. */
export async function rejectedUserError(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    if (isUserError(error)) return error;
    throw error;
  }
  throw new Error('expected a UserError, but the promise resolved');
}
