import { describe, expect, it } from 'vitest';
import { parseCredentialReport } from '../../src/report/parse-report';
import { REPORT_COLUMNS, reportCsv, rootRow, userRow } from '../support/report-builder';
import { userErrorOf } from './report-test-files';

// The builder is what other tests stand on: prove that what it writes is a report the parser
// reads with the meaning the builder's documentation promises.
describe('report builder', () => {
  it('lists the 22 columns in AWS order', () => {
    expect(REPORT_COLUMNS).toHaveLength(22);
    expect(REPORT_COLUMNS[0]).toBe('user');
    expect(REPORT_COLUMNS[21]).toBe('cert_2_last_rotated');
  });

  it('writes a user with nothing enabled and a root that passes the root rules', () => {
    const csv = reportCsv([rootRow(), userRow({ user: 'alice' })]);
    expect(csv.endsWith('\n')).toBe(false);
    const report = parseCredentialReport(csv, 'built.csv');
    expect(report.accountId).toBe('123456789012');
    const [root, alice] = report.rows;
    expect(root).toMatchObject({
      isRoot: true,
      arn: 'arn:aws:iam::123456789012:root',
      passwordEnabled: true,
      mfaActive: true,
      passwordLastUsed: { kind: 'no_information' },
    });
    expect(root?.accessKeys.map((key) => key.active)).toEqual([false, false]);
    expect(alice).toMatchObject({
      user: 'alice',
      arn: 'arn:aws:iam::123456789012:user/alice',
      isRoot: false,
      userCreationTime: { kind: 'date', at: Date.UTC(2026, 0, 5, 9) },
      passwordEnabled: false,
      passwordLastUsed: { kind: 'N/A' },
      mfaActive: false,
    });
    expect([...(alice?.accessKeys ?? []), ...(alice?.certs ?? [])].map((slot) => [slot.active, slot.lastRotated])).toEqual(
      Array.from({ length: 4 }, () => [false, { kind: 'N/A' }]),
    );
  });

  it('fills rows given partially and names unnamed users by position', () => {
    const report = parseCredentialReport(reportCsv([{ user: '<root_account>' }, {}, { mfa_active: 'true' }]), 'b.csv');
    expect(report.rows.map((row) => [row.user, row.isRoot, row.mfaActive])).toEqual([
      ['<root_account>', true, true],
      ['user2', false, false],
      ['user3', false, true],
    ]);
  });

  it('quotes values that need it, adds extra columns, and leaves out columns on request', () => {
    const csv = reportCsv([userRow({ user: 'a,b', additional_credentials_info: 'more "keys"' })], {
      extraColumns: ['team'],
    });
    expect(csv.split('\n')[0]?.endsWith(',team,additional_credentials_info')).toBe(true);
    expect(csv).toContain('"a,b","arn:aws:iam::123456789012:user/a,b"');
    expect(parseCredentialReport(csv, 'b.csv').rows[0]?.additionalCredentialsInfo).toBe('more "keys"');

    const broken = reportCsv([userRow()], { omit: ['mfa_active'] });
    expect(userErrorOf(() => parseCredentialReport(broken, 'b.csv')).message).toMatch(/no column 'mfa_active'/);
  });

  it('writes BOM, CRLF and a trailing newline on request', () => {
    const csv = reportCsv([userRow()], { bom: true, lineEnding: '\r\n', trailingNewline: true });
    expect(csv.startsWith('\uFEFFuser,arn,')).toBe(true);
    expect(csv.endsWith('N/A\r\n')).toBe(true);
    expect(parseCredentialReport(csv, 'b.csv').rows).toHaveLength(1);
  });

  it('builds rows for other accounts, partitions and paths', () => {
    const row = userRow({ user: 'ops' }, { account: '210987654321', partition: 'aws-us-gov', path: '/team/' });
    expect(row.arn).toBe('arn:aws-us-gov:iam::210987654321:user/team/ops');
    expect(rootRow({}, { account: '210987654321' }).arn).toBe('arn:aws:iam::210987654321:root');
  });
});
