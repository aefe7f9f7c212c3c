import { describe, expect, it } from 'vitest';
import { buildAnnotations } from '../../src/output/annotations';
import { renderPrComment } from '../../src/output/pr-comment';
import { createRedactor } from '../../src/output/redact';
import { renderSummary } from '../../src/output/render-summary';
import { renderTerminal } from '../../src/output/render-table';
import type { GateOutcome } from '../../src/run/types';
import { ACCOUNT, buildOutcome, finding, NOW, report, runFinding, sampleOutcome } from '../support/outcome-builder';

const OTHER_ACCOUNT = '210987654321';

/** The sample run plus a second account, odd names and errors that quote ARNs and account ids. */
function sensitiveOutcome(): GateOutcome {
  const sample = sampleOutcome();
  const extra = [
    finding({
      rule: 'mfa-for-console',
      account: OTHER_ACCOUNT,
      user: 'svc.payments+ci@corp',
      credential: 'mfa',
      message: 'svc.payments+ci@corp can sign in to the console without MFA.',
    }),
    finding({ rule: 'mfa-for-console', user: 'a|b', credential: 'mfa', message: 'a|b can sign in to the console without MFA.' }),
    runFinding(
      'root-row-missing',
      'notice',
      `The credential report of ${OTHER_ACCOUNT} has no <root_account> row, so the root rules were not evaluated.`,
      OTHER_ACCOUNT,
    ),
  ];
  return buildOutcome({
    findings: [...sample.document.findings, ...extra],
    policy: sample.policy,
    exemptions: sample.exemptions,
    reports: [report(), report({ account: OTHER_ACCOUNT })],
    errors: [`Could not assume arn:aws:iam::333344445555:role/gate-reader in account 333344445555: AccessDenied.`],
    verdict: 'error',
  });
}

function secretsOf(outcome: GateOutcome): string[] {
  const values = new Set<string>(['333344445555', 'arn:aws:iam::333344445555:role/gate-reader', 'gate-reader']);
  for (const item of outcome.document.findings) {
    if (item.user !== null && item.user !== '<root_account>') values.add(item.user);
    if (item.arn !== null) values.add(item.arn);
    if (item.account !== null) values.add(item.account);
  }
  for (const use of outcome.exemptions) {
    for (const user of use.exemption.users) values.add(user);
    for (const arn of use.exemption.arns) values.add(arn);
  }
  return [...values];
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A value as a whole name: Markdown escapes (`a\|b`) and neighbouring punctuation are allowed. */
function leaks(output: string, value: string): boolean {
  const loose = escapeRegExp(value).replace(/\\\|/g, '\\\\?\\|').replace(/_/g, '\\\\?_');
  const visible = output.replace(/\u2060/g, '');
  return new RegExp(`(?<![A-Za-z0-9_+=@-])${loose}(?![A-Za-z0-9_+=@-])`).test(visible);
}

describe('redact: true', () => {
  const outcome = sensitiveOutcome();
  const secrets = secretsOf(outcome);
  const redact = createRedactor(true);
  redact.learn(outcome.document);

  const outputs: Record<string, string> = {
    summary: renderSummary(outcome, { now: NOW, jsonFile: 'findings.json', redact, runUrl: null }),
    annotations: buildAnnotations(outcome, { redact })
      .map((annotation) => `${annotation.title}\n${annotation.message}`)
      .join('\n'),
    'PR comment': renderPrComment(outcome, { redact, runUrl: null }).body,
    terminal: renderTerminal(outcome, { color: false, redact, width: 400 }),
    log: redact.text(`Report of account ${ACCOUNT}: user carol, ${outcome.document.errors[0] ?? ''}`),
  };

  it('has something to prove: the outputs name users, ARNs and accounts without redaction', () => {
    const plain = renderSummary(outcome, { now: NOW, jsonFile: null, redact: createRedactor(false) });
    expect(secrets.filter((value) => leaks(plain, value)).length).toBeGreaterThan(10);
  });

  for (const [name, output] of Object.entries(outputs)) {
    it(`leaks no user name, ARN or account id into the ${name}`, () => {
      expect(secrets.filter((value) => leaks(output, value))).toEqual([]);
      expect(output).toMatch(/(user|account|arn)-[0-9a-f]{8}/);
    });
  }

  it('gives the same hash for the same user in every output', () => {
    const carol = redact.user('carol');
    for (const name of ['summary', 'annotations', 'PR comment', 'terminal', 'log']) {
      expect(outputs[name]).toContain(carol);
    }
  });
});
