import {
  accessKeyMaxAge,
  accessKeyRegion,
  accessKeysForbidden,
  accessKeyUnused,
  consoleUserAccessKeys,
  noInitialAccessKey,
  singleActiveAccessKey,
} from './access-key-rules';
import { signingCertificateMaxAge } from './certificate-rules';
import { rootHardwareMfa, serviceCredentialMaxAge, serviceCredentialNoExpiry, sshKeyMaxAge } from './lookup-rules';
import { mfaForAllUsers, mfaForConsole } from './mfa-rules';
import { consoleAccessForbidden, passwordMaxAge, passwordUnused } from './password-rules';
import { rootAccessKeys, rootMfa, rootRecentUse, rootSigningCertificates } from './root-rules';
import type { RuleDefinition, Severity } from './types';
import { additionalCredentials, userInactive } from './user-rules';

/** Every rule, in the order of the contract's table (the order of policies, summaries and documents). */
export const RULES: readonly RuleDefinition[] = [
  rootAccessKeys,
  rootMfa,
  rootRecentUse,
  rootSigningCertificates,
  mfaForConsole,
  mfaForAllUsers,
  accessKeyMaxAge,
  accessKeyUnused,
  passwordUnused,
  singleActiveAccessKey,
  noInitialAccessKey,
  passwordMaxAge,
  signingCertificateMaxAge,
  consoleAccessForbidden,
  accessKeysForbidden,
  consoleUserAccessKeys,
  userInactive,
  accessKeyRegion,
  additionalCredentials,
  // 1.1: credentials the report cannot show, from the opt-in look-ups (`enrich`).
  serviceCredentialMaxAge,
  serviceCredentialNoExpiry,
  sshKeyMaxAge,
  rootHardwareMfa,
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function getRule(id: string): RuleDefinition | undefined {
  return BY_ID.get(id);
}

/** Findings about the run itself rather than a row. They cannot be configured or exempted. */
export interface RunLevelRule {
  id: 'exemption-expired' | 'exemption-unused' | 'root-row-missing' | 'policy-weakened' | 'rule-not-evaluated';
  title: string;
  description: string;
  severity: Severity;
}

export const RUN_LEVEL_RULES: readonly RunLevelRule[] = [
  {
    id: 'exemption-expired',
    title: 'No exemption has expired',
    description:
      'An exemption of the policy has passed its `expires` date, so it is no longer applied. Renew it with a new ' +
      'date and reason, or remove it.',
    severity: 'warning',
  },
  {
    id: 'exemption-unused',
    title: 'Every exemption is needed',
    description:
      'An exemption in force matched no finding in the whole run. Remove it, so it cannot silently hide a future ' +
      'finding.',
    severity: 'notice',
  },
  {
    id: 'root-row-missing',
    title: 'The report has a root row',
    description:
      'Root rules are enabled but a report has no `<root_account>` row, so they were not evaluated for that account.',
    severity: 'notice',
  },
  {
    id: 'policy-weakened',
    title: 'The policy change does not weaken the policy',
    description:
      'With `compare-policy`, the policy hides findings that count under the compare-policy, or loosens a rule or an ' +
      'exemption. `warning` with `policy-weakening: warn`; `error` with `fail`, which fails the run whatever ' +
      '`fail-on` says; none with `allow`. No exemption applies to it.',
    severity: 'warning',
  },
  {
    id: 'rule-not-evaluated',
    title: 'Every enabled rule could be evaluated',
    description:
      'The policy enables a rule that needs a look-up beyond the report (`service-credential-max-age`, ' +
      '`service-credential-no-expiry`, `ssh-key-max-age`, `root-hardware-mfa`) but `enrich` does not ask for it, so ' +
      'the rule found nothing. Add the value the message names to `enrich` (and its permission to the role), or ' +
      'turn the rule off.',
    severity: 'notice',
  },
];

export function getRunLevelRule(id: RunLevelRule['id']): RunLevelRule {
  const rule = RUN_LEVEL_RULES.find((candidate) => candidate.id === id);
  if (rule === undefined) throw new Error(`No run-level rule '${id}'.`);
  return rule;
}
