import { describe, expect, it } from 'vitest';
import { parseAccountList, parseInstant, parseSettings, parseShard } from '../../src/settings/settings';
import { UserError } from '../../src/user-error';

const NOW = Date.parse('2026-11-20T12:00:00Z');

function settingsOf(inputs: Record<string, string>) {
  return parseSettings(inputs, NOW, '/work');
}

function errorOf(inputs: Record<string, string>): string {
  try {
    settingsOf(inputs);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error('expected a UserError');
}

describe('parseSettings', () => {
  it('gives the contract defaults for empty inputs (GitHub passes unset inputs as empty strings)', () => {
    const settings = settingsOf({ policy: '', 'fail-on': '', now: '', summary: '' });
    expect(settings).toMatchObject({
      mode: 'check',
      policy: 'builtin:recommended',
      reportFile: null,
      roleToAssume: null,
      awsRegion: 'us-east-1',
      audience: 'sts.amazonaws.com',
      roleSessionName: 'iam-credential-gate',
      roleDurationSeconds: 900,
      maxWaitSeconds: 300,
      failOn: 'error',
      now: NOW,
      summary: true,
      redact: false,
      comment: 'off',
      accounts: [],
      concurrency: 8,
      shard: null,
    });
  });

  it('rejects a fail-on it does not know, naming the choices', () => {
    expect(errorOf({ 'fail-on': 'sometimes' })).toBe("Input 'fail-on' is 'sometimes'; use one of: error, warning, never.");
  });

  it('accepts every fail-on value and is case-insensitive', () => {
    expect(settingsOf({ 'fail-on': 'warning' }).failOn).toBe('warning');
    expect(settingsOf({ 'fail-on': 'NEVER' }).failOn).toBe('never');
  });

  it('reads now as an ISO 8601 instant and requires a zone', () => {
    expect(settingsOf({ now: '2026-01-02T03:04:05Z' }).now).toBe(Date.parse('2026-01-02T03:04:05Z'));
    expect(settingsOf({ now: '2026-01-02T03:04:05+02:00' }).now).toBe(Date.parse('2026-01-02T01:04:05Z'));
    expect(settingsOf({ now: '2026-01-02T03:04:05.250-0130' }).now).toBe(Date.parse('2026-01-02T04:34:05.250Z'));
    expect(settingsOf({ now: '2024-02-29T23:59:59Z' }).now).toBe(Date.parse('2024-02-29T23:59:59Z'));
    expect(settingsOf({ now: '2026-01-02 03:04Z' }).now).toBe(Date.parse('2026-01-02T03:04:00Z'));
    expect(errorOf({ now: 'yesterday' })).toContain("Input 'now' is 'yesterday'");
    expect(errorOf({ now: '2026-01-02T03:04:05' })).toContain('a zone is required');
  });

  it('refuses a bare date: the zone of its midnight would be a guess', () => {
    expect(errorOf({ now: '2026-11-20' })).toBe(
      "Input 'now' is '2026-11-20', which is a date without a time and zone; a zone is required: " +
        'use e.g. 2026-11-20T12:00:00Z (a date, a time and a zone: Z or an offset like +02:00).',
    );
  });

  it.each([
    '2026-02-30T00:00:00Z',
    '2025-02-29T00:00:00Z',
    '2026-04-31T12:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-00-10T00:00:00Z',
    '2026-01-00T00:00:00Z',
    '2026-01-02T24:00:00Z',
    '2026-01-02T23:60:00Z',
    '2026-01-02T23:59:60Z',
    '2026-01-02T03:04:05+24:00',
    '2026-01-02T03:04:05+02:75',
  ])('refuses %s, which Date.parse would roll over or accept', (value) => {
    expect(() => parseInstant(value, '--now')).toThrow(`--now is '${value}', which is not a date and time of the calendar`);
  });

  it('validates booleans, numbers, modes and comment', () => {
    expect(errorOf({ summary: 'yes' })).toBe("Input 'summary' is 'yes'; use true or false.");
    expect(settingsOf({ redact: 'true' }).redact).toBe(true);
    expect(errorOf({ 'max-wait-seconds': '-5' })).toContain("Input 'max-wait-seconds' is '-5'");
    expect(errorOf({ 'role-duration-seconds': '60' })).toContain('from 900 to 43200');
    expect(errorOf({ mode: 'dry-run' })).toContain("use one of: check, validate");
    expect(errorOf({ comment: 'sometimes' })).toContain("use one of: off, on-failure, always");
    expect(settingsOf({ mode: 'validate' }).mode).toBe('validate');
  });

  it('checks role ARNs', () => {
    expect(settingsOf({ 'role-to-assume': 'arn:aws:iam::123456789012:role/gate' }).roleToAssume).toBe(
      'arn:aws:iam::123456789012:role/gate',
    );
    expect(settingsOf({ 'role-to-assume': 'arn:aws-us-gov:iam::123456789012:role/p/gate' }).roleToAssume).toContain('aws-us-gov');
    expect(errorOf({ 'role-to-assume': 'gate-role' })).toContain('not an IAM role ARN');
  });

  it('parses account lists, newline or comma separated, and needs member-role-name for ids', () => {
    expect(parseAccountList('111111111111, 222222222222\n333333333333\n')).toEqual([
      '111111111111',
      '222222222222',
      '333333333333',
    ]);
    expect(parseAccountList('arn:aws:iam::111111111111:role/audit')).toEqual(['arn:aws:iam::111111111111:role/audit']);
    expect(() => parseAccountList('12345')).toThrow(/12-digit account ids or role ARNs/);
    expect(() => parseAccountList('organization,111111111111')).toThrow(/mixes 'organization'/);
    expect(errorOf({ accounts: '111111111111' })).toContain("'member-role-name' is empty");
    expect(settingsOf({ accounts: 'organization', 'member-role-name': 'audit' }).accounts).toEqual(['organization']);
    expect(errorOf({ accounts: '111111111111', 'member-role-name': 'a', 'report-file': 'r.csv' })).toContain(
      'exclude each other',
    );
  });

  it('parses shards', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(() => parseShard('0/4')).toThrow(/1 ≤ K ≤ N/);
    expect(() => parseShard('5/4')).toThrow(/1 ≤ K ≤ N/);
    expect(() => parseShard('half')).toThrow(/K\/N/);
    expect(errorOf({ shard: '1/2' })).toContain("needs input 'accounts'");
  });
});
