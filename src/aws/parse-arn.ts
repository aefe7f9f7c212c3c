/** The account id inside an IAM or STS ARN (`arn:aws:sts::123456789012:assumed-role/…`). */
export function accountIdFromArn(arn: string | null | undefined): string | null {
  if (typeof arn !== 'string') return null;
  return /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):/.exec(arn)?.[1] ?? null;
}

/** A role ARN as `role-to-assume` / `--role-arn` expect it. */
export function isRoleArn(value: string): boolean {
  return /^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(value);
}
