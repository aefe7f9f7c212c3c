import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate';
import { startEvaluation } from '../../src/evaluate/evaluate-incremental';
import type { ReportInput } from '../../src/evaluate/types';
import type { CredentialReportRow } from '../../src/report/types';
import { buildPolicy, exemption } from '../support/policy-builder';
import { activeKey, NOW, rootRow, userRow } from '../support/row-builder';

function inAccount(account: string, row: CredentialReportRow): CredentialReportRow {
  return { ...row, accountId: account, arn: row.arn.replace(/::\d{12}:/, `::${account}:`) };
}

function report(account: string, rows: CredentialReportRow[]): ReportInput {
  return { account, rows: rows.map((row) => inAccount(account, row)) };
}

const REPORTS: ReportInput[] = [
  report('111111111111', [rootRow({ key1: activeKey(10, 1) }), userRow('carol', { key1: activeKey(142, 3) })]),
  // No root row: root-row-missing for this account only.
  report('222222222222', [userRow('vendor-sync', { key1: activeKey(120, 2) }), userRow('dave', { key1: activeKey(5, 1), key2: activeKey(3, 1) })]),
  report('333333333333', [rootRow(), userRow('erin', { key1: activeKey(400, 300) })]),
];

const POLICY = buildPolicy({
  exemptions: [
    exemption({ users: ['vendor-*'], rules: ['access-key-max-age'], reason: 'Vendor rotates quarterly', accounts: ['222222222222'] }),
    exemption({ users: ['nobody'], reason: 'Legacy import' }),
    exemption({ users: ['erin'], reason: 'Old vendor', expires: '2026-10-31' }),
    exemption({ users: ['erin'], rules: ['access-key-unused'], reason: 'Used in one account only' }),
  ],
});

describe('startEvaluation', () => {
  it('gives what evaluate gives over all the reports at once', () => {
    const whole = evaluate({ reports: REPORTS, policy: POLICY, now: NOW });
    const incremental = startEvaluation(POLICY, NOW);
    for (const input of REPORTS) incremental.add(input);
    expect(incremental.finish()).toEqual(whole);
  });

  it('reports an exemption as unused only when no account used it', () => {
    const incremental = startEvaluation(POLICY, NOW);
    for (const input of REPORTS) incremental.add(input);
    const result = incremental.finish();
    expect(result.exemptions.map((use) => [use.exemption.reason, use.applied, use.expired])).toEqual([
      ['Vendor rotates quarterly', 1, false],
      ['Legacy import', 0, false],
      ['Old vendor', 0, true],
      ['Used in one account only', 1, false],
    ]);
    expect(result.findings.filter((f) => f.rule === 'exemption-unused')).toHaveLength(1);
    expect(result.findings.filter((f) => f.rule === 'exemption-expired')).toHaveLength(1);
  });

  it('with no report added, matches evaluate over none', () => {
    expect(startEvaluation(POLICY, NOW).finish()).toEqual(evaluate({ reports: [], policy: POLICY, now: NOW }));
  });
});
