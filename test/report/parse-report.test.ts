import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCredentialReport } from '../../src/report/parse-report';
import type { CredentialReport, CredentialReportRow } from '../../src/report/types';
import { reportCsv, rootRow, userRow } from '../support/report-builder';
import { date, fixturePath, readFixture, userErrorOf } from './report-test-files';

const NA = { kind: 'N/A' } as const;
const NO_INFORMATION = { kind: 'no_information' } as const;
const NOT_SUPPORTED = { kind: 'not_supported' } as const;

function parseFixture(name: string): CredentialReport {
  return parseCredentialReport(readFileSync(fixturePath(name)), name);
}

function rowOf(report: CredentialReport, user: string): CredentialReportRow {
  const row = report.rows.find((candidate) => candidate.user === user);
  if (row === undefined) throw new Error(`no row for ${user}`);
  return row;
}

// The quirks of real reports (the public Cloud Custodian recordings, which a clone does
// not have), reproduced in files of our own: old root format, a duplicate user, `N/A` region with a
// global service, minute-cut dates, `+00:00` offsets, no trailing newline, hand-edited dates.
describe('quirks of real credential reports (own fixtures)', () => {
  it('ends without a newline, like the API: every fixture of real form', () => {
    for (const name of ['legacy-duplicate-user.csv', 'legacy-root-key-and-cert.csv', 'hand-edited-dates.csv']) {
      const text = readFixture(name);
      expect(text.endsWith('\n'), name).toBe(false);
      expect(text, name).toContain('+00:00');
    }
  });

  it('reads an old-format report: not_supported root, duplicates, two active keys, global-service use', () => {
    const report = parseFixture('legacy-duplicate-user.csv');
    expect(report.rows).toHaveLength(7);
    expect(report.accountId).toBe('210987654321');
    expect(report.partition).toBe('aws');
    expect(report.columns).toHaveLength(22);

    const root = report.rows[0];
    expect(root).toMatchObject({
      line: 2,
      user: '<root_account>',
      isRoot: true,
      accountId: '210987654321',
      passwordEnabled: 'not_supported',
      passwordLastUsed: date('2016-10-06T15:47:11Z'),
      passwordLastChanged: NOT_SUPPORTED,
      passwordNextRotation: NOT_SUPPORTED,
      mfaActive: true,
    });

    // The same user twice: both rows are kept, in file order.
    const omars = report.rows.filter((row) => row.user === 'omar');
    expect(omars.map((row) => row.line)).toEqual([4, 5]);
    expect(omars[0]?.passwordLastUsed).toEqual(NO_INFORMATION);
    expect(omars[1]?.accessKeys[0].lastUsedService).toBe('redshift');

    const quinn = rowOf(report, 'Quinn');
    expect(quinn.accessKeys.map((key) => key.active)).toEqual([true, true]);
    // Last use is cut to the minute, as AWS writes it.
    expect(quinn.accessKeys[1]).toEqual({
      slot: 2,
      credential: 'access_key_2',
      active: true,
      lastRotated: date('2016-09-30T12:43:53Z'),
      lastUsed: date('2016-11-23T22:21:00Z'),
      lastUsedRegion: 'us-west-2',
      lastUsedService: 'ec2',
    });

    // N/A region with a service: a global service such as S3, not "unused".
    const lena = rowOf(report, 'lena');
    expect(lena.accessKeys[0].lastUsedRegion).toBeNull();
    expect(lena.accessKeys[0].lastUsedService).toBe('s3');
    expect(lena.accessKeys[0].lastUsed).toEqual(date('2016-11-15T21:36:00Z'));

    const priya = rowOf(report, 'priya');
    expect(priya.passwordNextRotation).toEqual(date('2016-11-28T18:24:44Z'));
    expect(priya.accessKeys[0]).toMatchObject({ active: true, lastUsed: NA });
    expect(rowOf(report, 'svc-idle')).toMatchObject({ passwordEnabled: false, passwordLastUsed: NA, isRoot: false });
    expect(report.rows.filter((row) => row.isRoot)).toHaveLength(1);
  });

  it('reads an active root key and certificate, and an inactive root key that keeps its date', () => {
    const report = parseFixture('legacy-root-key-and-cert.csv');
    expect(report.rows).toHaveLength(5);
    expect(report.accountId).toBe('135792468013');

    const root = report.rows[0];
    expect(root?.isRoot).toBe(true);
    expect(root?.accessKeys).toEqual([
      {
        slot: 1,
        credential: 'access_key_1',
        active: true,
        lastRotated: date('2011-08-19T05:12:23Z'),
        lastUsed: date('2015-07-04T15:09:00Z'),
        lastUsedRegion: 'us-east-1',
        lastUsedService: 's3',
      },
      {
        slot: 2,
        credential: 'access_key_2',
        active: false,
        lastRotated: date('2007-10-13T16:49:50Z'),
        lastUsed: NA,
        lastUsedRegion: null,
        lastUsedService: null,
      },
    ]);
    expect(root?.certs).toEqual([
      { slot: 1, credential: 'cert_1', active: true, lastRotated: date('2008-06-25T02:07:10Z') },
      { slot: 2, credential: 'cert_2', active: false, lastRotated: NA },
    ]);

    expect(rowOf(report, 'Orion').accessKeys[0]).toMatchObject({ active: true, lastUsed: NA });
    expect(rowOf(report, 'tobias')).toMatchObject({
      passwordEnabled: true,
      passwordLastUsed: NO_INFORMATION,
      passwordNextRotation: NA,
    });
    // A key used one minute after it was created.
    expect(rowOf(report, 'wren').accessKeys[0]).toMatchObject({
      lastRotated: date('2016-11-25T09:37:35Z'),
      lastUsed: date('2016-11-25T09:38:00Z'),
    });
    expect(rowOf(report, 'yusuf').line).toBe(6);
  });

  it('reads hand-edited dates: a future date and a key older than its user do not crash', () => {
    const report = parseFixture('hand-edited-dates.csv');
    expect(report.rows).toHaveLength(2);
    expect(report.rows[0]).toMatchObject({ isRoot: true, passwordLastUsed: NO_INFORMATION, mfaActive: false });

    const fern = rowOf(report, 'fern');
    expect(fern.userCreationTime).toEqual(date('2020-12-22T03:06:09Z'));
    expect(fern.accessKeys[0]).toMatchObject({ active: false, lastRotated: date('2020-02-03T09:50:07Z') });
    expect(fern.accessKeys[1]).toMatchObject({ active: true, lastRotated: date('2099-02-03T09:50:21Z') });
  });
});

describe('report forms', () => {
  it('reads a modern report with Z dates and no trailing newline', () => {
    const report = parseFixture('modern.csv');
    expect(report.rows.map((row) => row.user)).toEqual(['<root_account>', 'alice', 'build-bot', 'old-key-holder']);
    expect(report.accountId).toBe('111122223333');
    expect(report.rows[0]).toMatchObject({
      isRoot: true,
      passwordEnabled: true,
      passwordLastUsed: date('2026-06-30T17:45:12Z'),
      passwordLastChanged: NA,
      passwordNextRotation: NOT_SUPPORTED,
    });

    const buildBot = rowOf(report, 'build-bot');
    expect(buildBot.arn).toBe('arn:aws:iam::111122223333:user/ci/build-bot');
    expect(buildBot.accessKeys[1]).toMatchObject({ active: true, lastRotated: date('2026-11-02T07:00:00Z'), lastUsed: NA });

    const holder = rowOf(report, 'old-key-holder');
    expect(holder.accessKeys[0]).toMatchObject({ active: false, lastRotated: date('2022-01-15T11:11:11Z') });
    expect(holder.certs[0]).toEqual({
      slot: 1,
      credential: 'cert_1',
      active: true,
      lastRotated: date('2024-07-07T07:07:07Z'),
    });
    expect(holder.additionalCredentialsInfo).toBeNull();
  });

  it('reads an old-format report with +00:00 dates and not_supported root fields', () => {
    const report = parseFixture('old-format-root.csv');
    expect(report.rows[0]).toMatchObject({
      isRoot: true,
      passwordEnabled: 'not_supported',
      passwordLastChanged: NOT_SUPPORTED,
      userCreationTime: date('2015-02-03T04:05:06Z'),
    });
    expect(report.rows[0]?.accessKeys[0]).toMatchObject({ active: true, lastRotated: date('2011-08-19T05:12:23Z') });
    expect(rowOf(report, 'dana').passwordNextRotation).toEqual(date('2016-10-03T23:59:36Z'));
  });

  it('strips a byte order mark and reads CRLF line endings, trailing CRLF included', () => {
    const report = parseFixture('crlf-bom.csv');
    expect(report.columns[0]).toBe('user');
    expect(report.rows.map((row) => [row.user, row.line])).toEqual([
      ['<root_account>', 2],
      ['gov-user', 3],
    ]);
    expect(report.partition).toBe('aws-us-gov');
    expect(report.accountId).toBe('777788889999');
    // The last column must not keep the CR of the line ending.
    expect(report.rows[1]?.certs[1].lastRotated).toEqual(NA);
    expect(report.rows[1]?.accessKeys[0].lastUsedRegion).toBe('us-gov-west-1');
  });

  it('reads the same report from bytes and from text', () => {
    const bytes = readFileSync(fixturePath('crlf-bom.csv'));
    expect(parseCredentialReport(bytes, 'r.csv')).toEqual(parseCredentialReport(bytes.toString('utf8'), 'r.csv'));
  });

  it('keeps commas inside quoted fields', () => {
    const report = parseFixture('quoted-names.csv');
    expect(report.rows.map((row) => row.user)).toEqual([
      '<root_account>',
      'ops,oncall',
      'jane.doe+ci@example.com',
      'a,b=c',
    ]);
    const ops = rowOf(report, 'ops,oncall');
    expect(ops).toMatchObject({ arn: 'arn:aws:iam::111122223333:user/ops,oncall', accountId: '111122223333', line: 3 });
    // Quoting a field that does not need it changes nothing.
    const quoted = rowOf(report, 'a,b=c');
    expect(quoted).toMatchObject({ passwordEnabled: false, mfaActive: false, line: 5 });
    expect(quoted.accessKeys[0]).toMatchObject({ active: true, lastUsedRegion: null, lastUsedService: 's3' });
  });

  it('finds columns by name, in any order, with extra columns and additional_credentials_info', () => {
    const report = parseFixture('extra-columns.csv');
    expect(report.columns).toEqual(expect.arrayContaining(['owner_team', 'notes', 'additional_credentials_info']));
    expect(report.columns).toHaveLength(25);
    expect(report.rows[0]).toMatchObject({ user: '<root_account>', isRoot: true, additionalCredentialsInfo: null });
    const manyKeys = rowOf(report, 'many-keys');
    expect(manyKeys.arn).toBe('arn:aws:iam::111122223333:user/many-keys');
    expect(manyKeys.additionalCredentialsInfo).toBe(
      'This user has more access keys or signing certificates than the report can show.',
    );
    expect(manyKeys.accessKeys[1]).toMatchObject({ active: true, lastRotated: date('2026-10-10T10:10:10Z') });
    expect(rowOf(report, 'plain').additionalCredentialsInfo).toBeNull();
  });

  it('reads what emulators write: uppercase booleans, sentinels in boolean columns, offsets, blank trailing lines', () => {
    const report = parseFixture('emulator.csv');
    expect(report.rows).toHaveLength(2);
    expect(report.rows.some((row) => row.isRoot)).toBe(false);

    const [emu, other] = report.rows;
    expect(emu).toMatchObject({
      passwordEnabled: true,
      passwordLastUsed: NOT_SUPPORTED,
      mfaActive: false,
      userCreationTime: { kind: 'date', at: Date.UTC(2026, 10, 1, 10, 0, 0, 123) },
      passwordLastChanged: { kind: 'date', at: Date.UTC(2026, 10, 1, 10, 0, 0, 500) },
    });
    expect(emu?.accessKeys[0]).toMatchObject({
      active: true,
      lastRotated: date('2026-11-01T09:30:00Z'),
      lastUsed: date('2026-11-02T12:15:00Z'),
    });
    // A sentinel in a boolean column other than password_enabled means "not active".
    expect(emu?.accessKeys[1].active).toBe(false);
    expect(emu?.certs[0]).toMatchObject({ active: false, lastRotated: NOT_SUPPORTED });
    expect(emu?.certs[1].active).toBe(false);

    expect(other).toMatchObject({
      passwordEnabled: false,
      mfaActive: false,
      userCreationTime: date('2026-11-01T04:30:00Z'),
    });
  });

  it('refuses a header without rows: a real report always has the root row', () => {
    const error = userErrorOf(() => parseFixture('broken-header-only.csv'));
    expect(error.message).toMatch(/^broken-header-only\.csv:2:1: the report has a header but no rows/);
    expect(error.message).toContain('<root_account>');
    expect(userErrorOf(() => parseCredentialReport(`${readFixture('broken-header-only.csv')}\n\n`, 'r.csv')).message).toContain(
      'no rows',
    );
  });

  it('treats the user <root_account> or an ARN ending in :root as root', () => {
    const report = parseCredentialReport(
      reportCsv([
        rootRow({ arn: 'arn:aws:iam::123456789012:user/not-really' }),
        userRow({ user: 'renamed', arn: 'arn:aws:iam::123456789012:root' }),
        userRow({ user: 'root' }),
      ]),
      'r.csv',
    );
    expect(report.rows.map((row) => row.isRoot)).toEqual([true, true, false]);
  });

  it('parses partition and account from ARNs, and keeps rows whose ARN is not an IAM ARN', () => {
    const report = parseCredentialReport(
      reportCsv([
        rootRow({}, { partition: 'aws-cn', account: '210987654321' }),
        userRow({ user: 'odd', arn: 'not-an-arn' }),
        userRow({ user: 'ops' }, { partition: 'aws-cn', account: '210987654321', path: '/team/a/' }),
      ]),
      'r.csv',
    );
    expect(report.accountId).toBe('210987654321');
    expect(report.partition).toBe('aws-cn');
    expect(report.rows.map((row) => [row.accountId, row.partition])).toEqual([
      ['210987654321', 'aws-cn'],
      [null, null],
      ['210987654321', 'aws-cn'],
    ]);
    expect(report.rows[2]?.arn).toBe('arn:aws-cn:iam::210987654321:user/team/a/ops');
  });

  it('reads every ARN of the account the same after the first, and one that is only the prefix as no IAM ARN', () => {
    const report = parseCredentialReport(
      reportCsv([
        rootRow({}, { account: '210987654321' }),
        userRow({ user: 'ops' }, { account: '210987654321' }),
        userRow({ user: 'bare', arn: 'arn:aws:iam::210987654321:' }),
        userRow({ user: 'dev' }, { account: '210987654321' }),
      ]),
      'r.csv',
    );
    expect(report.rows.map((row) => [row.user, row.accountId, row.partition])).toEqual([
      ['<root_account>', '210987654321', 'aws'],
      ['ops', '210987654321', 'aws'],
      ['bare', null, null],
      ['dev', '210987654321', 'aws'],
    ]);
    expect(() =>
      parseCredentialReport(
        reportCsv([rootRow({}, { account: '210987654321' }), userRow({ user: 'x' }, { account: '210987654322' })]),
        'two.csv',
      ),
    ).toThrow(/in another account than the arn of line 2/);
  });

  it('keeps the three sentinels apart in every date column', () => {
    const report = parseCredentialReport(
      reportCsv([
        userRow({
          user_creation_time: 'not_supported',
          password_last_used: 'no_information',
          password_last_changed: 'N/A',
          password_next_rotation: 'n/a',
          access_key_1_last_rotated: 'NO_INFORMATION',
          access_key_1_last_used_date: 'Not_Supported',
          access_key_2_last_rotated: ' N/A ',
        }),
      ]),
      'r.csv',
    );
    const row = report.rows[0];
    expect(row).toMatchObject({
      userCreationTime: NOT_SUPPORTED,
      passwordLastUsed: NO_INFORMATION,
      passwordLastChanged: NA,
      passwordNextRotation: NA,
    });
    expect(row?.accessKeys[0]).toMatchObject({ lastRotated: NO_INFORMATION, lastUsed: NOT_SUPPORTED });
    expect(row?.accessKeys[1].lastRotated).toEqual(NA);
  });

  it('reads booleans in any case and password_enabled=not_supported', () => {
    const report = parseCredentialReport(
      reportCsv([
        rootRow({ password_enabled: 'NOT_SUPPORTED', mfa_active: 'TRUE' }),
        userRow({ password_enabled: 'True', mfa_active: 'FALSE', access_key_1_active: 'tRuE', cert_2_active: 'no_information' }),
        userRow({ password_enabled: 'N/A', mfa_active: 'not_supported' }),
      ]),
      'r.csv',
    );
    expect(report.rows.map((row) => [row.passwordEnabled, row.mfaActive])).toEqual([
      ['not_supported', true],
      [true, false],
      [false, false],
    ]);
    expect(report.rows[1]?.accessKeys[0].active).toBe(true);
    expect(report.rows[1]?.certs[1].active).toBe(false);
  });

  it('keeps duplicate users and parses a 5 000-user report', () => {
    const rows = [rootRow(), userRow({ user: 'twin' }), userRow({ user: 'twin' })];
    for (let i = 0; i < 5000; i += 1) {
      rows.push(userRow({ user: `user-${i}`, access_key_1_active: 'true', access_key_1_last_rotated: '2026-01-01T00:00:00Z' }));
    }
    const report = parseCredentialReport(reportCsv(rows), 'big.csv');
    expect(report.rows).toHaveLength(5003);
    expect(report.rows.filter((row) => row.user === 'twin').map((row) => row.line)).toEqual([3, 4]);
    expect(report.rows[5002]).toMatchObject({ user: 'user-4999', line: 5004 });
  });

  it('accepts a report whose header starts after blank lines', () => {
    const report = parseCredentialReport(`\n\n${reportCsv([rootRow()])}`, 'r.csv');
    expect(report.rows[0]?.line).toBe(4);
  });
});

describe('reports that cannot be read', () => {
  it.each([
    [
      'broken-bad-date.csv',
      "broken-bad-date.csv:4:90: the value of column 'access_key_1_last_rotated' (field 10) is not a date: allowed are an ISO 8601 date and time (2026-01-31T09:00:00+00:00), N/A, no_information and not_supported. Is this an IAM credential report?",
    ],
    [
      'broken-bad-boolean.csv',
      "broken-bad-boolean.csv:3:112: the value of column 'mfa_active' (field 8) is not a boolean: allowed are true, false, N/A, no_information and not_supported. Is this an IAM credential report?",
    ],
    [
      'broken-ragged-row.csv',
      'broken-ragged-row.csv:3:153: this row has 24 fields but the header has 22; the first extra field starts here. A value that contains a comma must be quoted ("a,b"). Is this an IAM credential report?',
    ],
    [
      'broken-unterminated-quote.csv',
      'broken-unterminated-quote.csv:3:1: column \'user\' opens a quote that is never closed (the file ends inside it). Close the quote. Inside a quoted value, write a quote as two quotes ("").',
    ],
    [
      'broken-two-accounts.csv',
      "broken-two-accounts.csv:4:9: column 'arn' is in another account than the arn of line 2. A credential report covers one account: evaluate each account's report separately.",
    ],
  ])('%s', (name, message) => {
    const error = userErrorOf(() => parseFixture(name));
    expect(error.message).toBe(message);
    const [, line, column] = /:(\d+):(\d+):/.exec(message) ?? [];
    expect(error.position).toEqual({ file: name, line: Number(line), column: Number(column) });
  });

  it('names every missing column, on line 1', () => {
    const error = userErrorOf(() => parseFixture('broken-missing-column.csv'));
    expect(error.message).toMatch(
      /^broken-missing-column\.csv:1:1: the header has no column 'mfa_active', 'cert_2_last_rotated'\. A credential report has all of user, arn, /,
    );
    expect(error.message).toContain('(in any order; more columns are fine). Is this an IAM credential report?');
    expect(error.message).toContain('aws iam get-credential-report --query Content --output text | base64 --decode');
    expect(error.position).toEqual({ file: 'broken-missing-column.csv', line: 1, column: 1 });
  });

  it('refuses an empty file, naming it and how to get a report', () => {
    const error = userErrorOf(() => parseFixture('broken-empty.csv'));
    expect(error.message).toBe(
      'broken-empty.csv is empty: a credential report has a header line and one line per user. ' +
        'Save one unchanged with: aws iam get-credential-report --query Content --output text | base64 --decode > report.csv',
    );
    expect(error.position).toEqual({ file: 'broken-empty.csv' });
    expect(userErrorOf(() => parseCredentialReport('\uFEFF \r\n\n', 'blank.csv')).message).toMatch(/^blank\.csv is empty:/);
  });

  it('recognises the JSON of the AWS CLI and undecoded base64', () => {
    expect(userErrorOf(() => parseFixture('broken-cli-json.csv')).message).toMatch(
      /^broken-cli-json\.csv:1:1: this is JSON, not CSV\. If it is the output of 'aws iam get-credential-report', the report is its base64 'Content' field\./,
    );
    expect(userErrorOf(() => parseFixture('broken-base64.csv')).message).toMatch(
      /^broken-base64\.csv:1:1: the first line is not the header of a credential report: it has none of its columns \(user, arn, user_creation_time, …\)\. It looks like base64: decode it/,
    );
  });

  it('refuses a row with too few fields at its first column', () => {
    const csv = `${reportCsv([rootRow()])}\nshort,row`;
    expect(userErrorOf(() => parseCredentialReport(csv, 'r.csv')).message).toBe(
      'r.csv:3:1: this row has 2 fields but the header has 22. Is this an IAM credential report?',
    );
  });

  it('skips blank and whitespace-only lines anywhere', () => {
    const csv = reportCsv([rootRow(), userRow()]).replace('\nalice', '\n  \t\r\n\nalice');
    expect(parseCredentialReport(csv, 'r.csv').rows.map((row) => row.line)).toEqual([2, 5]);
  });

  it('locates a value after a quoted field that holds commas', () => {
    const csv = reportCsv([rootRow(), userRow({ user: 'a,b', mfa_active: 'maybe' })]);
    // `"a,b",arn:aws:iam::123456789012:user/a,b` is quoted as needed; mfa_active is field 8.
    const line = csv.split('\n')[2] ?? '';
    const expectedColumn = line.indexOf(',maybe,') + 2;
    expect(userErrorOf(() => parseCredentialReport(csv, 'r.csv')).position).toEqual({
      file: 'r.csv',
      line: 3,
      column: expectedColumn,
    });
  });

  it('counts columns in characters, not bytes', () => {
    const header = `notes,${reportCsv([]).trim()}`;
    const row = `"é,ü",${reportCsv([userRow({ user: 'u', user_creation_time: 'soon' })]).split('\n')[1] ?? ''}`;
    // `"é,ü",` is 6 characters (8 bytes), `u,` 2, `arn:aws:iam::123456789012:user/u,` 33.
    expect(userErrorOf(() => parseCredentialReport(`${header}\n${row}`, 'r.csv')).message).toMatch(
      /^r\.csv:2:42: the value of column 'user_creation_time' \(field 4\) is not a date/,
    );
  });

  it('counts lines inside a quoted value that spans lines', () => {
    const csv = reportCsv([userRow({ user: 'u', notes: 'line one\nline two' }), userRow({ user: 'v', mfa_active: 'x' })]);
    const line = csv.split('\n')[3] ?? '';
    expect(line.startsWith('v,')).toBe(true);
    expect(userErrorOf(() => parseCredentialReport(csv, 'r.csv')).position).toEqual({
      file: 'r.csv',
      line: 4,
      column: line.indexOf(',x,') + 2,
    });
  });

  it('names the field of a quote error in the header, where there are no column names yet', () => {
    expect(userErrorOf(() => parseCredentialReport('user,"arn\n', 'r.csv')).message).toMatch(
      /^r\.csv:1:6: field 2 opens a quote that is never closed/,
    );
  });

  it('refuses text after a closing quote and a quote inside an unquoted value', () => {
    const base = reportCsv([rootRow()]);
    expect(userErrorOf(() => parseCredentialReport(`${base}\n"bob"x,arn`, 'r.csv')).message).toBe(
      'r.csv:3:1: column \'user\' has text after its closing quote. Inside a quoted value, write a quote as two quotes ("").',
    );
    expect(userErrorOf(() => parseCredentialReport(`${base}\nbob,ar"n\nnext,row`, 'r.csv')).message).toBe(
      'r.csv:3:5: column \'arn\' has a quote (") inside a value that is not quoted. Quote the whole value. Inside a quoted value, write a quote as two quotes ("").',
    );
  });

  it('refuses a column that appears twice in the header', () => {
    const csv = reportCsv([rootRow()], { extraColumns: ['other'] }).replace(',other', ',MFA_Active');
    expect(userErrorOf(() => parseCredentialReport(csv, 'r.csv')).message).toMatch(
      /^r\.csv:1:\d+: column 'mfa_active' appears twice in the header \(fields 8 and 23\)/,
    );
  });

  it('refuses rows of two partitions', () => {
    const csv = reportCsv([rootRow(), userRow({}, { partition: 'aws-cn' })]);
    expect(userErrorOf(() => parseCredentialReport(csv, 'r.csv')).message).toBe(
      "r.csv:3:7: column 'arn' is in another partition than the arn of line 2. A credential report covers one account: evaluate each account's report separately.",
    );
  });

  it('refuses bytes that are not UTF-8', () => {
    const bytes = new Uint8Array([0x75, 0x73, 0xff, 0xfe, 0x0a]);
    expect(userErrorOf(() => parseCredentialReport(bytes, 'r.csv')).message).toMatch(
      /^r\.csv is not UTF-8 text \(a spreadsheet or a compressed file\?\), and a credential report is CSV text\./,
    );
  });

  it('never shows a value of the report: only line, column, the column name and what is allowed', () => {
    const secret = 'AKIAIOSFODNN7EXAMPLE-planted';
    const messages = [
      userErrorOf(() => parseCredentialReport(reportCsv([userRow({ user_creation_time: secret })]), 'r.csv')).message,
      userErrorOf(() => parseCredentialReport(reportCsv([userRow({ mfa_active: secret })]), 'r.csv')).message,
      userErrorOf(() =>
        parseCredentialReport(reportCsv([rootRow(), userRow({ user: secret }, { account: '999988887777' })]), 'r.csv'),
      ).message,
      userErrorOf(() => parseCredentialReport(`${secret},"x\n`, 'r.csv')).message,
      userErrorOf(() => parseCredentialReport(`user,arn,${secret}\nu,a,"b"c\n`, 'r.csv')).message,
    ];
    for (const message of messages) {
      expect(message).not.toContain('planted');
      expect(message).not.toContain('999988887777');
    }
    expect(messages[0]).toMatch(/^r\.csv:2:\d+: the value of column 'user_creation_time' \(field 3\) is not a date/);
    expect(messages[1]).toMatch(/allowed are true, false, N\/A, no_information and not_supported/);
  });
});
