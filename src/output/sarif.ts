import { sha256Hex } from '../lazy-builtins';
import type { Finding } from '../evaluate/types';
import { RULES, RUN_LEVEL_RULES } from '../rules/registry';
import type { Severity } from '../rules/types';
import type { GateOutcome } from '../run/types';
import { exemptionOfFinding } from './finding-groups';
import { capResults, type ResultCap } from './sarif-cap';
import { locateFinding } from './finding-location';
import { ruleInfo } from './rule-metadata';

/**
 * SARIF 2.1.0 for GitHub code scanning (and any other SARIF reader). The file keeps real names:
 * it is meant for a private security dashboard; `redact` only covers human-facing output.
 */

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The key of our own fingerprint; bump the version if what it hashes ever changes. */
export const FINGERPRINT_KEY = 'iamCredentialGate/v1';
/** Where results point when the policy is not a workspace file: code scanning needs some location. */
export const REPORT_PSEUDO_URI = 'iam-credential-report';

type SarifLevel = 'error' | 'warning' | 'note';

interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage;
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; 'security-severity': string; precision: 'very-high'; 'problem.severity': string };
}

export interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string };
    region?: { startLine: number; startColumn?: number };
  };
  logicalLocations?: { name: string; fullyQualifiedName: string; kind: string }[];
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: 'external'; status: 'accepted'; justification: string }[];
  /** Only with a baseline: SARIF's own state of a result against an earlier run. */
  baselineState?: 'new' | 'unchanged';
  properties: Record<string, unknown>;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: { driver: { name: string; version: string; semanticVersion: string; rules: SarifRule[] } };
    invocations: {
      executionSuccessful: boolean;
      endTimeUtc: string;
      toolExecutionNotifications: { level: 'error' | 'warning'; message: SarifMessage }[];
    }[];
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
    properties: Record<string, unknown>;
  }[];
}

const LEVEL: Readonly<Record<Severity, SarifLevel>> = { error: 'error', warning: 'warning', notice: 'note' };
const PROBLEM_SEVERITY: Readonly<Record<Severity, string>> = {
  error: 'error',
  warning: 'warning',
  notice: 'recommendation',
};
/** GitHub's scale: 9.0+ critical, 7.0+ high, 4.0+ medium, above 0 low. */
const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = { error: '8.0', warning: '5.0', notice: '2.0' };
/** Credentials of root that anyone holding them can use to do anything: critical when they fail. */
const CRITICAL_RULES: ReadonlySet<string> = new Set(['root-access-keys', 'root-mfa']);

function securitySeverity(id: string, severity: Severity): string {
  return severity === 'error' && CRITICAL_RULES.has(id) ? '9.0' : SECURITY_SEVERITY[severity];
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, char: string) => char.toUpperCase());
}

function describeRule(id: string, severity: Severity, policySource: string): SarifRule {
  const info = ruleInfo(id, policySource);
  const references = info.references;
  const remediation = info.remediation ?? '';
  const helpText = [
    info.description,
    remediation && `Remediation: ${remediation}`,
    references.length > 0 && `References: ${references.map((ref) => (ref.url ? `${ref.label} (${ref.url})` : ref.label)).join('; ')}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  const helpMarkdown = [
    `**${info.title}**`,
    info.description,
    remediation && `**Remediation:** ${remediation}`,
    references.length > 0 &&
      `**References:**\n${references.map((ref) => (ref.url ? `- [${ref.label}](${ref.url})` : `- ${ref.label}`)).join('\n')}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  const helpUri = references.find((ref) => ref.url !== undefined)?.url;
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: info.title },
    fullDescription: { text: info.description || info.title },
    help: { text: helpText, markdown: helpMarkdown },
    ...(helpUri === undefined ? {} : { helpUri }),
    defaultConfiguration: { level: LEVEL[severity] },
    properties: {
      tags: ['security', 'aws', 'iam', info.runLevel ? 'policy' : 'credentials'],
      'security-severity': securitySeverity(id, severity),
      precision: 'very-high',
      'problem.severity': PROBLEM_SEVERITY[severity],
    },
  };
}

/** Rules of the run: the enabled ones (and any that found something) in registry order, then the run-level ones. */
function ruleSeverities(outcome: GateOutcome): Map<string, Severity> {
  const { document } = outcome;
  const severities = new Map<string, Severity>();
  const configured = new Map(document.rules.map((rule) => [rule.id, rule]));
  const found = new Set(document.findings.map((finding) => finding.rule));
  for (const rule of RULES) {
    const summary = configured.get(rule.id);
    if (summary?.enabled || found.has(rule.id)) severities.set(rule.id, summary?.severity ?? rule.defaultSeverity);
  }
  for (const rule of RUN_LEVEL_RULES) severities.set(rule.id, rule.severity);
  // A document from another version may name a rule this one does not know.
  for (const finding of document.findings) {
    if (!severities.has(finding.rule)) severities.set(finding.rule, finding.severity);
  }
  return severities;
}

function sha256(parts: readonly unknown[]): string {
  return sha256Hex(JSON.stringify(parts));
}

/**
 * What makes an alert the same alert tomorrow: account, user, rule, credential and the
 * credential's creation time (a rotated key is a new credential). Never the age or the message,
 * which change every night.
 */
export function findingFingerprint(outcome: GateOutcome, finding: Finding): string {
  const exemption = exemptionOfFinding(finding, outcome.exemptions);
  if (exemption !== null) {
    const { users, arns, accounts, rules, reason } = exemption.exemption;
    return sha256([finding.rule, { users, arns, accounts, rules, reason }]);
  }
  if (finding.user === null && finding.arn === null) return sha256([finding.account, finding.rule, finding.message]);
  return sha256([finding.account, finding.user, finding.rule, finding.credential, finding.credentialCreated]);
}

function uriOf(path: string): string {
  return encodeURI(path.replace(/\\/g, '/').replace(/^\.\//, ''));
}

function locationOf(outcome: GateOutcome, finding: Finding): SarifLocation {
  const place = locateFinding(outcome, finding);
  const physicalLocation: SarifLocation['physicalLocation'] =
    place === null
      ? { artifactLocation: { uri: `${REPORT_PSEUDO_URI}/${finding.account ?? 'unknown-account'}` }, region: { startLine: 1 } }
      : {
          artifactLocation: { uri: uriOf(place.file) },
          ...(place.line === undefined
            ? {}
            : { region: { startLine: place.line, ...(place.column === undefined ? {} : { startColumn: place.column }) } }),
        };
  const who = finding.user ?? finding.arn;
  return {
    physicalLocation,
    ...(who === null
      ? {}
      : { logicalLocations: [{ name: who, fullyQualifiedName: finding.arn ?? who, kind: 'resource' }] }),
  };
}

function resultOf(outcome: GateOutcome, finding: Finding, ruleIndex: number): SarifResult {
  const { exemption } = finding;
  const justification =
    exemption === null
      ? ''
      : [exemption.reason, exemption.owner && `owner: ${exemption.owner}`, exemption.expires && `expires: ${exemption.expires}`]
          .filter(Boolean)
          .join('; ');
  return {
    ruleId: finding.rule,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [locationOf(outcome, finding)],
    partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(outcome, finding) },
    ...(finding.exempted ? { suppressions: [{ kind: 'external' as const, status: 'accepted' as const, justification }] } : {}),
    ...(finding.baseline ? { baselineState: finding.baseline } : {}),
    properties: {
      account: finding.account,
      user: finding.user,
      arn: finding.arn,
      credential: finding.credential,
      credentialCreated: finding.credentialCreated,
      ageDays: finding.ageDays,
      limit: finding.limit,
      status: finding.status,
      exempted: finding.exempted,
      // The look-ups' fields, when they were made (as in the findings document).
      ...(finding.accessKeyId === undefined ? {} : { accessKeyId: finding.accessKeyId }),
      ...(finding.owner === undefined ? {} : { owner: finding.owner }),
      ...(finding.service === undefined ? {} : { service: finding.service }),
    },
  };
}

export interface SarifOptions {
  toolVersion: string;
  /** Replaceable in tests; code scanning's limits by default (see sarif-cap.ts). */
  cap?: Partial<ResultCap>;
}

/**
 * The run as one SARIF 2.1.0 log: every rule with its metadata, one result per finding, up to
 * what code scanning accepts (sarif-cap.ts): the most important kept, the rest counted in the run.
 */
export function buildSarif(outcome: GateOutcome, options: SarifOptions): SarifLog {
  const { document } = outcome;
  const severities = ruleSeverities(outcome);
  const rules = [...severities].map(([id, severity]) => describeRule(id, severity, document.policy.source));
  const indexOf = new Map(rules.map((rule, index) => [rule.id, index]));
  const capped = capResults(document.findings, (finding) => resultOf(outcome, finding, indexOf.get(finding.rule) ?? 0), options.cap);
  const notifications: SarifLog['runs'][number]['invocations'][number]['toolExecutionNotifications'] = document.errors.map(
    (error) => ({ level: 'error', message: { text: error } }),
  );
  if (capped.omitted > 0) notifications.push({ level: 'warning', message: { text: capped.notice } });
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: document.tool.name,
            version: options.toolVersion,
            semanticVersion: options.toolVersion,
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: document.verdict !== 'error',
            endTimeUtc: document.evaluatedAt,
            toolExecutionNotifications: notifications,
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: capped.results,
        properties: {
          verdict: document.verdict,
          failOn: document.failOn,
          policy: document.policy.source,
          reports: document.reports,
          counts: document.counts,
          ...(capped.omitted > 0 ? { resultsTotal: document.findings.length, resultsOmitted: capped.omitted } : {}),
        },
      },
    ],
  };
}
