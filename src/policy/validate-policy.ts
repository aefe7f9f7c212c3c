import { isMap, isSeq } from 'yaml';
import type { z } from 'zod';
import { quoteText } from '../files/quote-text';
import { formatPosition, UserError } from '../user-error';
import type { SourcePosition } from '../user-error';
import { describePolicyIssues } from './describe-policy-issue';
import type { PolicyProblem } from './describe-policy-issue';
import { policySchema } from './policy-schema';
import type { Exemption, PolicyFile, PolicyFileRule } from './types';
import { parseYamlSource, positionOfNode, positionOfPath } from './yaml-source';
import type { YamlSource } from './yaml-source';

type PolicyInput = z.input<typeof policySchema>;
type RuleEntryInput = NonNullable<NonNullable<PolicyInput['rules']>[string]>;
type ExemptionInput = NonNullable<PolicyInput['exemptions']>[number];

/**
 * Parses and validates the text of one policy file. `file` is the name used in messages (the
 * path as the user gave it, or `builtin:NAME`). Every problem found is reported in one
 * UserError, one `file:line:col: …` line each, in file order.
 */
export function validatePolicyText(text: string, file: string): PolicyFile {
  const source = parseYamlSource(text, file);
  const contents = source.doc.contents;
  if (contents === null) {
    throw new UserError(`${file}:1:1: the policy is empty — start it with 'version: 1'`, { file, line: 1, column: 1 });
  }
  if (!isMap(contents)) {
    const position = positionOfNode(source, contents);
    const got = isSeq(contents) ? 'a list' : 'a single value';
    throw new UserError(
      `${formatPosition(position)}: a policy is a mapping of keys (version, rules, …), got ${got} — see the README for an example`,
      position,
    );
  }
  const data = toPlainData(source);
  const result = policySchema.safeParse(data);
  if (!result.success) throw policyProblemsError(describePolicyIssues(source, data, result.error.issues));
  // Validation passed, so the plain data has exactly the input type. Use it rather than zod's
  // output, which has filled in defaults: a file must only override what it states.
  return toPolicyFile(source, data as PolicyInput);
}

function toPlainData(source: YamlSource): unknown {
  try {
    return source.doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // Unresolvable or exploding aliases surface only when the document is converted.
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(`${source.file}: ${quoteText(reason.replace(/\.$/, ''), 120)} — fix the YAML anchors and aliases`, {
      file: source.file,
    });
  }
}

/** One UserError listing every problem (sorted by position), pointing at the first. */
export function policyProblemsError(problems: readonly PolicyProblem[]): UserError {
  const sorted = [...problems].sort(
    (a, b) =>
      (a.position.line ?? 0) - (b.position.line ?? 0) ||
      (a.position.column ?? 0) - (b.position.column ?? 0) ||
      a.message.localeCompare(b.message),
  );
  const lines = [...new Set(sorted.map((problem) => `${formatPosition(problem.position)}: ${problem.message}`))];
  return new UserError(lines.join('\n'), sorted[0]?.position);
}

function toPolicyFile(source: YamlSource, input: PolicyInput): PolicyFile {
  return {
    file: source.file,
    extends: input.extends === undefined ? null : { ref: input.extends, position: positionOfPath(source, ['extends']) },
    settings: { ...input.settings },
    rules: Object.entries(input.rules ?? {}).flatMap(([id, entry]) =>
      entry === undefined ? [] : [toRuleEntry(id, entry, positionOfPath(source, ['rules', id], 'key'))],
    ),
    exemptions: (input.exemptions ?? []).map((exemption, index) =>
      toExemption(exemption, positionOfPath(source, ['exemptions', index])),
    ),
  };
}

function toRuleEntry(id: string, entry: RuleEntryInput, position: SourcePosition): PolicyFileRule {
  if (entry === 'on' || entry === true) return { id, enabled: true, severity: null, params: {}, position };
  if (entry === 'off' || entry === false) return { id, enabled: false, severity: null, params: {}, position };
  const { severity, enabled, ...params } = entry;
  return { id, enabled: enabled ?? true, severity: severity ?? null, params, position };
}

function toExemption(input: ExemptionInput, position: SourcePosition): Exemption {
  return {
    users: input.users ?? [],
    arns: input.arns ?? [],
    // Validation let through only 12-digit numbers, so String() loses nothing.
    accounts: input.accounts?.map((account) => String(account)) ?? null,
    rules: input.rules,
    reason: input.reason,
    expires: input.expires ?? null,
    owner: input.owner ?? null,
    position,
  };
}
