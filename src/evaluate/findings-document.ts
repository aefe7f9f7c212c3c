import { policyChangeDocument } from '../policy-review/policy-change-document';
import type { PolicyChange } from '../policy-review/types';
import type {
  BaselineSummary,
  Evaluation,
  FailOn,
  Finding,
  FindingsDocument,
  ReportFacts,
  RuleSummary,
  Verdict,
} from './types';

export interface FindingsDocumentInput {
  evaluation: Evaluation;
  verdict: Verdict;
  failOn: FailOn;
  policySource: string;
  reports: ReportFacts[];
  errors: string[];
  /** The comparison with the `baseline` document; null (or absent) without one. */
  baseline?: BaselineSummary | null;
  /** Epoch milliseconds. */
  evaluatedAt: number;
  version: string;
  /** The policy change review (`compare-policy`); absent or null = none. */
  policyChange?: PolicyChange | null;
}

// Objects are rebuilt field by field so the JSON keeps the contract's key order whatever built them.

function reportFacts(report: ReportFacts): ReportFacts {
  return { account: report.account, generatedAt: report.generatedAt, source: report.source, users: report.users };
}

function ruleSummary(rule: RuleSummary): RuleSummary {
  return {
    id: rule.id,
    enabled: rule.enabled,
    severity: rule.severity,
    findings: rule.findings,
    exempted: rule.exempted,
  };
}

export function finding(item: Finding): Finding {
  const copy: Finding = {
    rule: item.rule,
    severity: item.severity,
    status: item.status,
    account: item.account,
    user: item.user,
    arn: item.arn,
    credential: item.credential,
    credentialCreated: item.credentialCreated,
    ageDays: item.ageDays,
    limit: item.limit,
    message: item.message,
    exempted: item.exempted,
    exemption:
      item.exemption === null
        ? null
        : { reason: item.exemption.reason, owner: item.exemption.owner, expires: item.exemption.expires },
    baseline: item.baseline ?? null,
  };
  // The look-ups' fields come last, each only when its look-up was made (see enrich/finding-enrichment.ts).
  // Set one by one, not spread: a document has thousands of findings.
  if (item.accessKeyId !== undefined) copy.accessKeyId = item.accessKeyId;
  if (item.owner !== undefined) copy.owner = item.owner;
  if (item.service !== undefined) copy.service = item.service;
  return copy;
}

function baselineSummary(summary: BaselineSummary): BaselineSummary {
  return {
    file: summary.file,
    evaluatedAt: summary.evaluatedAt,
    newOnly: summary.newOnly,
    new: summary.new,
    unchanged: summary.unchanged,
    fixed: summary.fixed.map(finding),
  };
}

/** The `json-file` document, schemaVersion 1. */
export function buildFindingsDocument(input: FindingsDocumentInput): FindingsDocument {
  const { counts } = input.evaluation;
  return {
    schemaVersion: 1,
    tool: { name: 'iam-credential-gate', version: input.version },
    evaluatedAt: new Date(input.evaluatedAt).toISOString(),
    verdict: input.verdict,
    failOn: input.failOn,
    policy: { source: input.policySource },
    reports: input.reports.map(reportFacts),
    counts: { error: counts.error, warning: counts.warning, notice: counts.notice, exempted: counts.exempted },
    rules: input.evaluation.rules.map(ruleSummary),
    findings: input.evaluation.findings.map(finding),
    baseline: input.baseline ? baselineSummary(input.baseline) : null,
    policyChange: input.policyChange ? policyChangeDocument(input.policyChange, finding) : null,
    errors: [...input.errors],
  };
}
