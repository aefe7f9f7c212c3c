import { describe, expect, it } from 'vitest';
import {
  daysFromCivil,
  parseDateField,
  parseFlag,
  parseIamArn,
  parseIsoInstant,
  parseOptionalText,
  parseSentinel,
} from '../../src/report/field-values';

describe('parseIsoInstant', () => {
  it.each([
    ['2016-10-06T15:47:11+00:00', Date.UTC(2016, 9, 6, 15, 47, 11)],
    ['2016-10-06T15:47:11Z', Date.UTC(2016, 9, 6, 15, 47, 11)],
    ['2016-10-06t15:47:11z', Date.UTC(2016, 9, 6, 15, 47, 11)],
    ['2016-10-06 15:47:11Z', Date.UTC(2016, 9, 6, 15, 47, 11)],
    ['2016-10-06T17:47:11+02:00', Date.UTC(2016, 9, 6, 15, 47, 11)],
    ['2016-10-06T10:17:11-05:30', Date.UTC(2016, 9, 6, 15, 47, 11)],
    ['2016-10-06T21:17:11+0530', Date.UTC(2016, 9, 6, 15, 47, 11)],
    ['2016-10-06T20:47:11+05', Date.UTC(2016, 9, 6, 15, 47, 11)],
    ['2016-10-06T15:47:11.5Z', Date.UTC(2016, 9, 6, 15, 47, 11, 500)],
    ['2016-10-06T15:47:11.123456789+00:00', Date.UTC(2016, 9, 6, 15, 47, 11, 123)],
    ['2016-10-06T15:47:11,25Z', Date.UTC(2016, 9, 6, 15, 47, 11, 250)],
    ['2016-10-06T15:47Z', Date.UTC(2016, 9, 6, 15, 47)],
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
    ['2000-02-29T00:00:00Z', Date.UTC(2000, 1, 29)],
    ['2026-12-31T23:59:59-14:00', Date.UTC(2027, 0, 1, 13, 59, 59)],
    ['2099-02-03T09:50:21+00:00', Date.UTC(2099, 1, 3, 9, 50, 21)],
  ])('reads %s', (text, expected) => {
    expect(parseIsoInstant(text)).toBe(expected);
  });

  it('reads years before 100 as themselves, not as 19xx', () => {
    const expected = new Date(0);
    expected.setUTCFullYear(50, 0, 2);
    expect(parseIsoInstant('0050-01-02T00:00:00Z')).toBe(expected.getTime());
  });

  it('reads second 60 (a leap second) as the first second of the next minute', () => {
    expect(parseIsoInstant('2016-12-31T23:59:60Z')).toBe(Date.UTC(2017, 0, 1));
  });

  it('counts the same milliseconds as Date.UTC for every day of years 0–9999, with any time and offset', () => {
    // A fixed-seed generator: the same 20 000 instants every run, across the whole 4-digit range.
    let seed = 0x2545f491;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed % n;
    };
    const pad = (value: number, width: number): string => String(value).padStart(width, '0');
    const years = [0, 1, 4, 99, 100, 399, 400, 1582, 1899, 1900, 1969, 1970, 2000, 2024, 2100, 9999];
    for (let i = 0; i < 20_000; i += 1) {
      const year = i < years.length * 12 ? (years[Math.floor(i / 12)] ?? 0) : next(10_000);
      const month = i < years.length * 12 ? (i % 12) + 1 : next(12) + 1;
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
      const day = i % 3 === 0 ? days : next(days) + 1;
      const [hour, minute, second, millis] = [next(24), next(60), next(61), next(1000)];
      const [offsetHours, offsetMinutes, sign] = [next(24), next(60), next(2) === 0 ? '+' : '-'];
      const text =
        `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}.${pad(millis, 3)}` +
        `${sign}${pad(offsetHours, 2)}:${pad(offsetMinutes, 2)}`;
      const utc = new Date(0);
      utc.setUTCFullYear(year, month - 1, day);
      utc.setUTCHours(hour, minute, second, millis);
      const offset = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
      expect(parseIsoInstant(text), text).toBe(utc.getTime() - offset);
    }
  });

  it('counts days from 1970-01-01 as Date.UTC does, leap days and century years included', () => {
    for (const [year, month, day] of [
      [1970, 1, 1],
      [1969, 12, 31],
      [2000, 2, 29],
      [2000, 3, 1],
      [1900, 3, 1],
      [2100, 2, 28],
      [0, 1, 1],
      [0, 2, 29],
      [9999, 12, 31],
    ] as const) {
      const utc = new Date(0);
      utc.setUTCFullYear(year, month - 1, day);
      expect(daysFromCivil(year, month, day) * 86_400_000, `${year}-${month}-${day}`).toBe(utc.getTime());
    }
  });

  it.each([
    ['2016-10-06T15:47:11', 'no zone'],
    ['2016-10-06', 'a date alone'],
    ['2016-13-01T00:00:00Z', 'month 13'],
    ['2016-00-01T00:00:00Z', 'month 0'],
    ['2016-04-31T00:00:00Z', 'April 31'],
    ['2025-02-29T00:00:00Z', 'February 29 of a common year'],
    ['1900-02-29T00:00:00Z', 'February 29 of 1900'],
    ['2016-10-06T24:00:00Z', 'hour 24'],
    ['2016-10-06T15:60:00Z', 'minute 60'],
    ['2016-10-06T15:47:61Z', 'second 61'],
    ['2016-10-06T15:47:11+24:00', 'offset 24 h'],
    ['2016-10-06T15:47:11+00:60', 'offset minute 60'],
    ['2016-10-06T15:47:11+00:0', 'a short offset'],
    ['2016-10-06T15:47:11.Z', 'an empty fraction'],
    ['2016-10-06T15:47:11ZZ', 'trailing text'],
    ['2016-10-06T15:47:11 Z', 'a space before the zone'],
    ['2016/10/06T15:47:11Z', 'slashes'],
    ['16-10-06T15:47:11Z', 'a two-digit year'],
    ['yesterday', 'words'],
    ['', 'nothing'],
  ])('refuses %s (%s)', (text) => {
    expect(parseIsoInstant(text)).toBeUndefined();
  });
});

describe('parseDateField', () => {
  it('keeps N/A, no_information and not_supported apart, in any case and with spaces around', () => {
    expect(parseDateField('N/A')).toEqual({ kind: 'N/A' });
    expect(parseDateField('n/a')).toEqual({ kind: 'N/A' });
    expect(parseDateField('no_information')).toEqual({ kind: 'no_information' });
    expect(parseDateField('NO_INFORMATION')).toEqual({ kind: 'no_information' });
    expect(parseDateField('not_supported')).toEqual({ kind: 'not_supported' });
    expect(parseDateField(' not_supported ')).toEqual({ kind: 'not_supported' });
  });

  it('turns an instant into epoch milliseconds', () => {
    expect(parseDateField('2026-11-20T11:58:02Z')).toEqual({ kind: 'date', at: Date.UTC(2026, 10, 20, 11, 58, 2) });
    expect(parseDateField(' 2026-11-20T11:58:02Z\r')).toEqual({ kind: 'date', at: Date.UTC(2026, 10, 20, 11, 58, 2) });
  });

  it('reads every instant in the form AWS writes exactly as parseIsoInstant does (its fast path is Date.parse)', () => {
    let seed = 0x1b873593;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed % n;
    };
    const pad = (value: number, width: number): string => String(value).padStart(width, '0');
    for (let i = 0; i < 20_000; i += 1) {
      const year = i % 7 === 0 ? ([0, 50, 99, 1900, 1970, 2000, 9999][(i / 7) % 7] ?? 2026) : next(10_000);
      const month = next(12) + 1;
      // Every day number, 29–31 included, whether or not the month has it.
      const day = next(31) + 1;
      const time = `${pad(next(24), 2)}:${pad(next(60), 2)}:${pad(next(60), 2)}`;
      const millis = next(2) === 0 ? '' : `.${pad(next(1000), 3)}`;
      const zone = next(3) === 0 ? 'Z' : `${next(2) === 0 ? '+' : '-'}${pad(next(24), 2)}:${pad(next(60), 2)}`;
      const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${time}${millis}${zone}`;
      const expected = parseIsoInstant(text);
      expect(parseDateField(text), text).toEqual(expected === undefined ? undefined : { kind: 'date', at: expected });
    }
  });

  it('refuses a day the month does not have, which Date.parse would carry into the next month', () => {
    for (const text of ['2026-02-29T12:00:00Z', '2026-02-30T12:00:00+00:00', '2026-04-31T00:00:00Z', '1900-02-29T00:00:00Z']) {
      expect(parseDateField(text), text).toBeUndefined();
    }
    expect(parseDateField('2024-02-29T12:00:00+00:00')).toEqual({ kind: 'date', at: Date.UTC(2024, 1, 29, 12) });
    expect(parseDateField('2026-01-31T23:59:59Z')).toEqual({ kind: 'date', at: Date.UTC(2026, 0, 31, 23, 59, 59) });
  });

  it('refuses anything else', () => {
    for (const text of ['', 'NA', 'none', 'null', 'false', '2026-11-20', 'N/A/', '2026-11-20T24:00:00Z', '2026-11-20T12:00:00+24:00']) {
      expect(parseDateField(text), text).toBeUndefined();
    }
  });
});

describe('parseFlag', () => {
  it('reads true and false in any case', () => {
    expect(['true', 'TRUE', 'True', ' true '].map(parseFlag)).toEqual([true, true, true, true]);
    expect(['false', 'FALSE', 'False'].map(parseFlag)).toEqual([false, false, false]);
  });

  it('returns sentinels for the column to interpret', () => {
    expect(['N/A', 'no_information', 'Not_Supported'].map(parseFlag)).toEqual(['N/A', 'no_information', 'not_supported']);
  });

  it('refuses anything else', () => {
    for (const text of ['', 'yes', 'no', '1', '0', 'enabled', 'truee']) {
      expect(parseFlag(text), text).toBeUndefined();
    }
  });
});

describe('parseSentinel and parseOptionalText', () => {
  it('recognises only the three sentinels', () => {
    expect(parseSentinel('N/A')).toBe('N/A');
    expect(parseSentinel('not_supported')).toBe('not_supported');
    expect(parseSentinel('us-east-1')).toBeUndefined();
  });

  it('makes a sentinel or an empty field null and keeps other text', () => {
    expect(parseOptionalText('N/A')).toBeNull();
    expect(parseOptionalText('')).toBeNull();
    expect(parseOptionalText('no_information')).toBeNull();
    expect(parseOptionalText('us-east-1')).toBe('us-east-1');
    expect(parseOptionalText(' s3 ')).toBe('s3');
  });
});

describe('parseIamArn', () => {
  it('reads partition and account of users and root in every partition', () => {
    expect(parseIamArn('arn:aws:iam::123456789012:user/alice')).toEqual({ partition: 'aws', accountId: '123456789012' });
    expect(parseIamArn('arn:aws:iam::123456789012:user/path/to/a,b')).toEqual({
      partition: 'aws',
      accountId: '123456789012',
    });
    expect(parseIamArn('arn:aws-us-gov:iam::210987654321:root')).toEqual({
      partition: 'aws-us-gov',
      accountId: '210987654321',
    });
    expect(parseIamArn('arn:aws-cn:iam::000000000001:root')).toEqual({ partition: 'aws-cn', accountId: '000000000001' });
  });

  it('returns null for anything that is not an IAM ARN with a 12-digit account', () => {
    for (const arn of [
      '',
      'alice',
      'arn:aws:s3:::bucket',
      'arn:aws:iam::12345678901:user/short',
      'arn:aws:iam::1234567890123:user/long',
      'arn:aws:iam:us-east-1:123456789012:user/regional',
      'arn:aws:iam::123456789012:',
    ]) {
      expect(parseIamArn(arn), arn).toBeNull();
    }
  });
});
