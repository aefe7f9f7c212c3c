import { formatPosition, UserError, type SourcePosition } from '../user-error';

/** Ends messages about content that does not look like a credential report at all. */
export const NOT_A_REPORT = 'Is this an IAM credential report?';

export const SAVE_REPORT_HOWTO =
  'Save one unchanged with: aws iam get-credential-report --query Content --output text | base64 --decode > report.csv';

/** A UserError whose message starts with `file:line:col:`, the form editors and CI logs link. */
export function reportError(position: SourcePosition, message: string): UserError {
  return new UserError(`${formatPosition(position)}: ${message}`, position);
}

const MAX_SHOWN = 60;

/** A field value as shown inside a message: bounded, and on one line. */
export function showValue(value: string): string {
  const oneLine = value.replace(/\r?\n/g, '\\n');
  return oneLine.length > MAX_SHOWN ? `${oneLine.slice(0, MAX_SHOWN - 1)}…` : oneLine;
}
