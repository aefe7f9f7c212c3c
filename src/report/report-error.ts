import { formatPosition, UserError, type SourcePosition } from '../user-error';

/** Ends messages about content that does not look like a credential report at all. */
export const NOT_A_REPORT = 'Is this an IAM credential report?';

export const SAVE_REPORT_HOWTO =
  'Save one unchanged with: aws iam get-credential-report --query Content --output text | base64 --decode > report.csv';

/** A UserError whose message starts with `file:line:col:`, the form editors and CI logs link. */
export function reportError(position: SourcePosition, message: string): UserError {
  return new UserError(`${formatPosition(position)}: ${message}`, position);
}
