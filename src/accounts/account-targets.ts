import { UserError } from '../user-error';

/** One member account of a multi-account run and the role the hub assumes to read it. */
export interface AccountTarget {
  /** 12-digit account id. */
  accountId: string;
  /** Assumed with sts:AssumeRole from the hub identity. */
  roleArn: string;
}

const ACCOUNT_ID = /^\d{12}$/;
const ROLE_ARN = /^arn:(aws[a-z-]*):iam::(\d{12}):role\/.+$/;
// IAM role names and paths: letters, digits and +=,.@_- (paths add /).
const ROLE_NAME = /^[\w+=,.@-]+(?:\/[\w+=,.@-]+)*$/;

/**
 * The partition of a region, for the role ARNs built from account ids. GovCloud and China are
 * separate partitions; an ARN of the wrong one is rejected by STS.
 */
export function partitionOfRegion(region: string): string {
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-isob-')) return 'aws-iso-b';
  if (region.startsWith('us-iso-')) return 'aws-iso';
  if (region.startsWith('eu-isoe-')) return 'aws-iso-e';
  if (region.startsWith('us-isof-')) return 'aws-iso-f';
  return 'aws';
}

export function memberRoleArn(accountId: string, memberRoleName: string, partition: string): string {
  const name = memberRoleName.replace(/^\/+/, '');
  if (!ROLE_NAME.test(name)) {
    throw new UserError(
      `Input 'member-role-name' is '${memberRoleName}', which is not an IAM role name; use the role's name ` +
        `(optionally with its path, e.g. audit/CredentialReportReader), not its ARN.`,
    );
  }
  return `arn:${partition}:iam::${accountId}:role/${name}`;
}

/**
 * Turns the `accounts` entries (ids or role ARNs; `organization` is resolved before this) into
 * targets: an id becomes the member role in that account, an ARN is used as written. One account
 * listed twice (an id and an ARN, or two roles) would be read and counted twice, so it is refused.
 */
export function resolveAccountTargets(
  entries: readonly string[],
  memberRoleName: string | null,
  partition: string,
): AccountTarget[] {
  const targets: AccountTarget[] = [];
  const seen = new Map<string, string>();
  for (const entry of entries) {
    let target: AccountTarget;
    const arn = ROLE_ARN.exec(entry);
    if (arn) {
      target = { accountId: arn[2] ?? '', roleArn: entry };
    } else if (ACCOUNT_ID.test(entry)) {
      if (memberRoleName === null) {
        throw new UserError(
          `Input 'accounts' lists account id ${entry} but 'member-role-name' is empty; set it to the role to assume in each member account.`,
        );
      }
      target = { accountId: entry, roleArn: memberRoleArn(entry, memberRoleName, partition) };
    } else {
      throw new UserError(
        `Input 'accounts' has '${entry}'; list 12-digit account ids or role ARNs (newline or comma separated), or write 'organization'.`,
      );
    }
    const earlier = seen.get(target.accountId);
    if (earlier !== undefined) {
      throw new UserError(
        `Input 'accounts' names account ${target.accountId} twice ('${earlier}' and '${entry}'); list each account once.`,
      );
    }
    seen.set(target.accountId, entry);
    targets.push(target);
  }
  return sortTargets(targets);
}

/** Plain code-unit order of the ids: the same on every machine, whatever order the input had. */
export function sortTargets(targets: readonly AccountTarget[]): AccountTarget[] {
  return [...targets].sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0));
}
