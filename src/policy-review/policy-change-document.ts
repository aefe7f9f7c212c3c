import type { Finding } from '../evaluate/types';
import type { ExemptionChange, ExemptionContent, FieldChange, PolicyChange, RuleChange, RuleSide } from './types';

// Objects are rebuilt field by field, like the rest of the findings document, so the JSON keeps
// its documented key order whatever built them.

function ruleSide(side: RuleSide): RuleSide {
  return { enabled: side.enabled, severity: side.severity, params: { ...side.params } };
}

function fieldChange(change: FieldChange): FieldChange {
  return { field: change.field, before: change.before, after: change.after, effect: change.effect };
}

function ruleChange(rule: RuleChange): RuleChange {
  return {
    id: rule.id,
    before: ruleSide(rule.before),
    after: ruleSide(rule.after),
    effect: rule.effect,
    changes: rule.changes.map(fieldChange),
  };
}

function exemption(content: ExemptionContent): ExemptionContent {
  return {
    users: [...content.users],
    arns: [...content.arns],
    accounts: content.accounts === null ? null : [...content.accounts],
    rules: [...content.rules],
    reason: content.reason,
    expires: content.expires,
    owner: content.owner,
    at: content.at,
  };
}

function exemptionChange(change: ExemptionChange): ExemptionChange {
  return {
    before: exemption(change.before),
    after: exemption(change.after),
    effect: change.effect,
    changes: change.changes.map(fieldChange),
  };
}

/** `policyChange` in the document's key order; `finding` rebuilds a finding the way the document does. */
export function policyChangeDocument(change: PolicyChange, finding: (item: Finding) => Finding): PolicyChange {
  return {
    comparePolicy: change.comparePolicy,
    weakened: change.weakened,
    policyWeakening: change.policyWeakening,
    reasons: [...change.reasons],
    hidden: change.hidden.map(finding),
    added: change.added.map(finding),
    rules: change.rules.map(ruleChange),
    exemptions: {
      added: change.exemptions.added.map(exemption),
      removed: change.exemptions.removed.map(exemption),
      changed: change.exemptions.changed.map(exemptionChange),
    },
  };
}

function* findingList(findings: readonly Finding[]): Generator<string> {
  yield '[';
  let first = true;
  for (const finding of findings) {
    yield `${first ? '' : ','}\n      ${JSON.stringify(finding)}`;
    first = false;
  }
  yield `${findings.length > 0 ? '\n    ' : ''}]`;
}

/**
 * The value of `policyChange` as JSON text in pieces, at the document's top-level indentation:
 * a rule turned off across a hundred accounts hides hundreds of thousands of findings, listed one
 * per line like the document's own `findings`, never built as one string.
 */
export function* serializePolicyChange(change: PolicyChange | null): Generator<string> {
  if (change === null) {
    yield 'null';
    return;
  }
  const { hidden, added, rules, exemptions, ...head } = change;
  const indent = (json: string): string => json.replace(/\n/g, '\n  ');
  yield `${indent(JSON.stringify(head, null, 2)).slice(0, -4)},\n    "hidden": `;
  yield* findingList(hidden);
  yield ',\n    "added": ';
  yield* findingList(added);
  yield `,\n    "rules": ${indent(indent(JSON.stringify(rules, null, 2)))}`;
  yield `,\n    "exemptions": ${indent(indent(JSON.stringify(exemptions, null, 2)))}\n  }`;
}
