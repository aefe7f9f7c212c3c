/**
 * Which look-ups a run makes, decided once from the settings and the policy (pure; no SDK). A
 * look-up is made only when `enrich` asks for it, and a rule look-up only when a rule that reads
 * it is enabled: `enrich: all` under `builtin:recommended` lists no SSH keys, since no rule there
 * would look at them. Key ids and owners are looked up only for the users that have findings.
 */
import { evaluate } from '../evaluate/evaluate';
import type { ReportInput } from '../evaluate/types';
import type { Policy } from '../policy/types';
import { RULES } from '../rules/registry';
import type { EnrichValue } from '../settings/settings';

/** Each look-up with the one IAM permission it needs. */
export const LOOK_UP_PERMISSIONS: Readonly<Record<EnrichValue, string>> = {
  'access-key-ids': 'iam:ListAccessKeys',
  'service-credentials': 'iam:ListServiceSpecificCredentials',
  'ssh-keys': 'iam:ListSSHPublicKeys',
  'mfa-devices': 'iam:ListVirtualMFADevices',
  'user-tags': 'iam:ListUserTags',
};

export interface UsersToLookUp {
  /** Users with a finding on an access key (access-key-ids). */
  keyUsers: string[];
  /** Users with any finding (user-tags). */
  findingUsers: string[];
}

export interface LookUpPlan {
  /** The look-ups this run makes, in ENRICH_VALUES order. */
  lookUps: readonly EnrichValue[];
  /** Asked for but skipped because no enabled rule reads them (said once in the log). */
  skipped: readonly EnrichValue[];
  /** The tag whose value is a user's owner (`owner-tag`). */
  ownerTag: string;
  /**
   * The users the finding look-ups are for: the account evaluated once with what the rule look-ups
   * found, so a finding of `ssh-key-max-age` gets its owner too.
   */
  usersToLookUp(report: ReportInput): UsersToLookUp;
}

const RULE_LOOK_UPS: readonly EnrichValue[] = ['service-credentials', 'ssh-keys', 'mfa-devices'];

function enabledLookUpRules(policy: Policy): Set<EnrichValue> {
  const enabled = new Set(policy.rules.filter((rule) => rule.enabled).map((rule) => rule.id));
  const needed = new Set<EnrichValue>();
  for (const rule of RULES) {
    if (rule.lookUp !== undefined && enabled.has(rule.id)) needed.add(rule.lookUp.enrich);
  }
  return needed;
}

/** null when `enrich` asks for nothing. */
export function planLookUps(
  settings: { enrich: readonly EnrichValue[]; ownerTag: string; now: number },
  policy: Policy,
): LookUpPlan | null {
  if (settings.enrich.length === 0) return null;
  const needed = enabledLookUpRules(policy);
  const lookUps = settings.enrich.filter((value) => !RULE_LOOK_UPS.includes(value) || needed.has(value));
  const skipped = settings.enrich.filter((value) => !lookUps.includes(value));
  return {
    lookUps,
    skipped,
    ownerTag: settings.ownerTag,
    usersToLookUp(report) {
      const keyUsers = new Set<string>();
      const findingUsers = new Set<string>();
      for (const finding of evaluate({ reports: [report], policy, now: settings.now }).findings) {
        if (finding.user === null || finding.arn?.endsWith(':root') === true) continue;
        findingUsers.add(finding.user);
        if (finding.credential === 'access_key_1' || finding.credential === 'access_key_2') keyUsers.add(finding.user);
      }
      return { keyUsers: [...keyUsers], findingUsers: [...findingUsers] };
    },
  };
}
