import type { AccessKeySlot, CredentialReportRow } from '../report/types';
import { ageOf, days, instantOf, isoOf, MINUTE_MS } from './age';
import { defineRule } from './define-rule';
import { credentialLabel, ownerOf } from './describe-credential';
import { cis, securityHub } from './references';
import { completeHit } from './rule-hit';
import type { RuleHit } from './types';

const NO_KEYS: readonly AccessKeySlot[] = Object.freeze([]);

/**
 * The row's active keys, slot 1 first. Most users have none or one: no array is built for none. The
 * rules walk them with index loops: a for-of or map allocates per key until V8 has optimised the
 * rule, which is most of a run (every rule runs once per user).
 */
function activeKeys(row: CredentialReportRow): readonly AccessKeySlot[] {
  const [first, second] = row.accessKeys;
  if (first.active) return second.active ? [first, second] : [first];
  return second.active ? [second] : NO_KEYS;
}

function keyHit(key: AccessKeySlot, hit: Omit<RuleHit, 'credential' | 'credentialCreated'>): RuleHit {
  return completeHit(key.credential, isoOf(key.lastRotated), hit);
}

function keyName(row: CredentialReportRow, key: AccessKeySlot): string {
  return `${credentialLabel(key.credential)} of ${ownerOf(row)}`;
}

export const accessKeyMaxAge = defineRule({
  id: 'access-key-max-age',
  title: 'Active access keys are rotated within the maximum age',
  description:
    'Per active access key: its age (from `last_rotated`, which is its creation time) is over `max_days`. ' +
    'With `warn_days` > 0, a key within `warn_days` of the limit gives a `warning` finding with status `upcoming`. ' +
    'An active key without a creation date is a violation. `warn_days` must be less than `max_days`.',
  defaultSeverity: 'error',
  recommended: true,
  appliesTo: 'user',
  defaults: { max_days: 90, warn_days: 0 },
  credentials: ['access_key_1', 'access_key_2'],
  references: [cis('1.14'), securityHub('IAM.3')],
  remediation:
    'Create a second key (`aws iam create-access-key --user-name NAME`), move the workload to it, then ' +
    '`aws iam update-access-key --status Inactive` and `aws iam delete-access-key` on the old one. Better: replace ' +
    'the key with an IAM role.',
  evaluate(row, params, { now }) {
    const hits: RuleHit[] = [];
    const keys = activeKeys(row);
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i] as AccessKeySlot;
      const age = ageOf(key.lastRotated, now);
      if (age === null) {
        hits.push(keyHit(key, {
          ageDays: null,
          limit: params.max_days,
          message: `${keyName(row, key)} is active but has no creation date (limit ${days(params.max_days)}).`,
        }));
      } else if (age > params.max_days) {
        hits.push(keyHit(key, {
          ageDays: age,
          limit: params.max_days,
          message: `${keyName(row, key)} is ${days(age)} old (limit ${days(params.max_days)}).`,
        }));
      } else if (params.warn_days > 0 && age > params.max_days - params.warn_days) {
        hits.push(keyHit(key, {
          ageDays: age,
          limit: params.max_days,
          status: 'upcoming',
          message:
            `${keyName(row, key)} is ${days(age)} old and passes the limit of ${days(params.max_days)} ` +
            `in ${days(params.max_days - age + 1)}.`,
        }));
      }
    }
    return hits;
  },
});

export const accessKeyUnused = defineRule({
  id: 'access-key-unused',
  title: 'Active access keys have been used recently',
  description:
    'Per active access key: its last use is more than `max_days` ago. A key never used is handled by `never_used` ' +
    '(by default it is aged from its creation, as CIS 1.12 and AWS remediation runbooks do).',
  defaultSeverity: 'error',
  recommended: true,
  appliesTo: 'user',
  defaults: { max_days: 45, never_used: 'from-creation' },
  credentials: ['access_key_1', 'access_key_2'],
  references: [cis('1.12'), securityHub('IAM.22')],
  remediation:
    'Deactivate the key (`aws iam update-access-key --user-name NAME --access-key-id ID --status Inactive`), ' +
    'wait for complaints, then delete it (`aws iam delete-access-key`).',
  evaluate(row, params, { now }) {
    const hits: RuleHit[] = [];
    const keys = activeKeys(row);
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i] as AccessKeySlot;
      const usedAge = ageOf(key.lastUsed, now);
      if (usedAge !== null) {
        if (usedAge > params.max_days) {
          hits.push(keyHit(key, {
            ageDays: usedAge,
            limit: params.max_days,
            message: `${keyName(row, key)} was last used ${days(usedAge)} ago (limit ${days(params.max_days)}).`,
          }));
        }
        continue;
      }
      if (params.never_used === 'ignore') continue;
      const createdAge = ageOf(key.lastRotated, now);
      if (params.never_used === 'violation') {
        hits.push(keyHit(key, {
          ageDays: createdAge,
          limit: params.max_days,
          message: `${keyName(row, key)} has never been used.`,
        }));
      } else if (createdAge === null) {
        hits.push(keyHit(key, {
          ageDays: null,
          limit: params.max_days,
          message: `${keyName(row, key)} has never been used and has no creation date (limit ${days(params.max_days)}).`,
        }));
      } else if (createdAge > params.max_days) {
        hits.push(keyHit(key, {
          ageDays: createdAge,
          limit: params.max_days,
          message:
            `${keyName(row, key)} has never been used and was created ${days(createdAge)} ago ` +
            `(limit ${days(params.max_days)}).`,
        }));
      }
    }
    return hits;
  },
});

export const singleActiveAccessKey = defineRule({
  id: 'single-active-access-key',
  title: 'Each IAM user has at most one active access key',
  description:
    'Both access keys of a user are active. A rotation in progress is allowed: no finding while the newer key is ' +
    'younger than `grace_days`. A key without a creation date counts as old.',
  defaultSeverity: 'warning',
  recommended: true,
  appliesTo: 'user',
  defaults: { grace_days: 0 },
  credentials: ['none'],
  references: [cis('1.13')],
  remediation:
    'Finish the rotation: move every workload to the newer key, then deactivate and delete the older one ' +
    '(`aws iam update-access-key --status Inactive`, `aws iam delete-access-key`).',
  evaluate(row, params, { now }) {
    const [first, second] = row.accessKeys;
    if (!first.active || !second.active) return [];
    const ages = [ageOf(first.lastRotated, now), ageOf(second.lastRotated, now)];
    // Slot 2 is not necessarily the newer key, so compare the dates; an undated key cannot prove a rotation.
    const newerAge = ages.every((age) => age !== null) ? Math.min(...(ages as number[])) : null;
    if (newerAge !== null && newerAge < params.grace_days) return [];
    return [
      {
        credential: null,
        credentialCreated: null,
        ageDays: null,
        limit: null,
        message: `${row.user} has two active access keys.`,
      },
    ];
  },
});

export const noInitialAccessKey = defineRule({
  id: 'no-initial-access-key',
  title: 'No access keys are created together with console users',
  description:
    'Per active access key of a user with a console password: the key has never been used and was created within ' +
    '`window_minutes` of the user, the sign of keys handed out at user setup whether needed or not.',
  defaultSeverity: 'warning',
  recommended: false,
  appliesTo: 'user',
  defaults: { window_minutes: 5 },
  credentials: ['access_key_1', 'access_key_2'],
  references: [cis('1.11')],
  remediation:
    'Delete the unused key (`aws iam delete-access-key --user-name NAME --access-key-id ID`) and stop creating ' +
    'keys during user setup; create one later only when the user shows a need.',
  evaluate(row, params) {
    if (row.passwordEnabled !== true) return [];
    const userCreated = instantOf(row.userCreationTime);
    if (userCreated === null) return [];
    const hits: RuleHit[] = [];
    const keys = activeKeys(row);
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i] as AccessKeySlot;
      const keyCreated = instantOf(key.lastRotated);
      if (key.lastUsed.kind === 'date' || keyCreated === null) continue;
      if (Math.abs(keyCreated - userCreated) > params.window_minutes * MINUTE_MS) continue;
      hits.push(keyHit(key, {
        ageDays: null,
        limit: null,
        message: `${keyName(row, key)} was created with the user and has never been used.`,
      }));
    }
    return hits;
  },
});

export const accessKeysForbidden = defineRule({
  id: 'access-keys-forbidden',
  title: 'IAM users have no active access keys',
  description:
    'Per active access key of any IAM user. For organisations where workloads use roles and OIDC only.',
  defaultSeverity: 'error',
  recommended: false,
  appliesTo: 'user',
  defaults: {},
  credentials: ['access_key_1', 'access_key_2'],
  references: [],
  remediation:
    'Move the workload to an IAM role (OIDC federation for CI, instance or task roles on AWS, IAM Roles ' +
    'Anywhere elsewhere), then `aws iam delete-access-key --user-name NAME --access-key-id ID`.',
  evaluate(row) {
    const keys = activeKeys(row);
    const hits: RuleHit[] = [];
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i] as AccessKeySlot;
      hits.push(keyHit(key, { ageDays: null, limit: null, message: `${keyName(row, key)} is active.` }));
    }
    return hits;
  },
});

export const consoleUserAccessKeys = defineRule({
  id: 'console-user-access-keys',
  title: 'Console users hold no active access keys',
  description:
    'Per active access key of a user who also has a console password: people should use short-lived ' +
    'credentials (SSO, `aws configure sso`) rather than long-lived keys.',
  defaultSeverity: 'warning',
  recommended: false,
  appliesTo: 'user',
  defaults: {},
  credentials: ['access_key_1', 'access_key_2'],
  references: [],
  remediation:
    'Have the person use IAM Identity Center (`aws configure sso`) or role assumption, then delete the key ' +
    '(`aws iam delete-access-key --user-name NAME --access-key-id ID`).',
  evaluate(row) {
    if (row.passwordEnabled !== true) return [];
    const keys = activeKeys(row);
    const hits: RuleHit[] = [];
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i] as AccessKeySlot;
      hits.push(keyHit(key, {
        ageDays: null,
        limit: null,
        message: `${keyName(row, key)} is active although ${row.user} also has a console password.`,
      }));
    }
    return hits;
  },
});

export const accessKeyRegion = defineRule({
  id: 'access-key-region',
  title: 'Access keys are used only in allowed regions',
  description:
    'Per active access key last used in a region not in `allowed_regions`. A last-used region of `N/A` (a global ' +
    'service such as S3, or no use) is ignored.',
  defaultSeverity: 'warning',
  recommended: false,
  appliesTo: 'user',
  defaults: { allowed_regions: [] },
  credentials: ['access_key_1', 'access_key_2'],
  references: [],
  remediation:
    'Find the calls in CloudTrail (`aws cloudtrail lookup-events --lookup-attributes ' +
    'AttributeKey=AccessKeyId,AttributeValue=ID --region REGION`); if they are not expected, deactivate the key ' +
    '(`aws iam update-access-key --status Inactive`). Enforce regions with an `aws:RequestedRegion` SCP.',
  evaluate(row, params) {
    const allowed = new Set(params.allowed_regions);
    return activeKeys(row)
      .filter((key) => key.lastUsedRegion !== null && !allowed.has(key.lastUsedRegion))
      .map((key) =>
        keyHit(key, {
          ageDays: null,
          limit: null,
          message: `${keyName(row, key)} was last used in ${key.lastUsedRegion}, which is not an allowed region.`,
        }),
      );
  },
});
