import type { DateField } from './types';

/**
 * Turning one field's text into meaning. Each function returns `undefined` for text it does
 * not accept, so the caller (which knows the line and column) writes the message; no
 * exceptions on the hot path of a 5 000-row report.
 */

export type Sentinel = 'N/A' | 'no_information' | 'not_supported';

const SENTINELS = new Map<string, Sentinel>([
  ['n/a', 'N/A'],
  ['no_information', 'no_information'],
  ['not_supported', 'not_supported'],
]);

// Shared and frozen: a 5 000-row report has tens of thousands of them.
const SENTINEL_DATES: Readonly<Record<Sentinel, DateField>> = {
  'N/A': Object.freeze({ kind: 'N/A' }),
  no_information: Object.freeze({ kind: 'no_information' }),
  not_supported: Object.freeze({ kind: 'not_supported' }),
};

/** `N/A`, `no_information` or `not_supported`, in any case. */
export function parseSentinel(raw: string): Sentinel | undefined {
  // Exact spelling first: real reports use it, so the lowercase copy is rarely needed.
  return raw === 'N/A' ? 'N/A' : SENTINELS.get(raw.trim().toLowerCase());
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MS_PER_MINUTE = 60_000;
const DAYS_PER_400_YEARS = 146_097;
/** Days from 0000-03-01 to 1970-01-01. */
const EPOCH_DAY = 719_468;

/**
 * Days from 1970-01-01 to a day of the proleptic Gregorian calendar (month 1–12, year ≥ 0), as
 * Date.UTC counts them. Arithmetic, not Date.UTC: that is a call into the runtime, and a large report
 * has tens of thousands of dates. Years are counted from March, so a leap day is the last day of
 * its year; a 400-year cycle has 146 097 days.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const marchYear = month <= 2 ? year - 1 : year;
  const cycle = Math.floor(marchYear / 400);
  const yearOfCycle = marchYear - cycle * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfCycle = yearOfCycle * 365 + Math.floor(yearOfCycle / 4) - Math.floor(yearOfCycle / 100) + dayOfYear;
  return cycle * DAYS_PER_400_YEARS + dayOfCycle - EPOCH_DAY;
}

/**
 * An ISO 8601 instant with a zone, as epoch milliseconds; `undefined` when it is not one.
 * `YYYY-MM-DDThh:mm[:ss[.fff…]]` then `Z` or `±hh[:mm]`: `+00:00` in older reports, `Z` in
 * newer ones. A time without a zone is refused: it would depend on the machine's time zone.
 * Read character by character because a large report has ~50 000 of them and a regular
 * expression with captures allocates a dozen strings each.
 */
export function parseIsoInstant(text: string): number | undefined {
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
    return undefined;
  }
  if (text[4] !== '-' || text[7] !== '-' || text[13] !== ':') return undefined;
  const separator = text[10];
  if (separator !== 'T' && separator !== 't' && separator !== ' ') return undefined;
  if (day > (DAYS_IN_MONTH[month - 1] ?? 0) || (month === 2 && day === 29 && !isLeapYear(year))) return undefined;

  let at = 16;
  let second = 0;
  let millis = 0;
  if (text[at] === ':') {
    second = digitsAt(text, at + 1, 2);
    // Second 60 is a leap second; Date.UTC carries it into the next minute.
    if (second < 0 || second > 60) return undefined;
    at += 3;
    if (text[at] === '.' || text[at] === ',') {
      const first = at + 1;
      at = first;
      while (isDigit(text.charCodeAt(at))) at += 1;
      if (at === first) return undefined;
      // Milliseconds are the first three digits; finer ones are dropped, not rounded.
      for (let i = first; i < first + 3; i += 1) millis = millis * 10 + (i < at ? text.charCodeAt(i) - 0x30 : 0);
    }
  }

  let offsetMinutes = 0;
  const zone = text[at];
  if (zone === 'Z' || zone === 'z') {
    at += 1;
  } else if (zone === '+' || zone === '-') {
    const hours = digitsAt(text, at + 1, 2);
    at += 3;
    let minutes = 0;
    if (at < text.length) {
      if (text[at] === ':') at += 1;
      minutes = digitsAt(text, at, 2);
      at += 2;
    }
    if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return undefined;
    offsetMinutes = (zone === '-' ? -1 : 1) * (hours * 60 + minutes);
  } else {
    return undefined;
  }
  if (at !== text.length) return undefined;

  // Second 60 carries into the next minute, as Date.UTC does.
  const minutes = (daysFromCivil(year, month, day) * 24 + hour) * 60 + minute - offsetMinutes;
  return minutes * MS_PER_MINUTE + second * 1000 + millis;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The number written by `count` digits at `at`, or -1. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i += 1) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) return -1;
    value = value * 10 + (code - 0x30);
  }
  return value;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The instants AWS writes (`2026-01-31T09:00:00+00:00`, `…Z`, with or without milliseconds), on a
 * day of the month every month has (01–28). For exactly these, Date.parse gives what
 * parseIsoInstant gives (test/report/field-values.test.ts compares them), and it is native code: a
 * 5 000-user report has ~25 000 instants, which cost ~15 ms more in parseIsoInstant before V8 has
 * optimised it, that is for most of one run. Everything else (days 29–31, which Date.parse would
 * carry into the next month, second 60, other fractions, spellings and zones) goes to
 * parseIsoInstant, which decides.
 */
const COMMON_INSTANT =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{3})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** A timestamp column: an instant or one of the three sentinels, kept apart. */
export function parseDateField(raw: string): DateField | undefined {
  if (raw === 'N/A') return SENTINEL_DATES['N/A'];
  if (COMMON_INSTANT.test(raw)) return { kind: 'date', at: Date.parse(raw) };
  const value = raw.trim();
  if (isDigit(value.charCodeAt(0))) {
    const at = parseIsoInstant(value);
    return at === undefined ? undefined : { kind: 'date', at };
  }
  const sentinel = parseSentinel(value);
  return sentinel === undefined ? undefined : SENTINEL_DATES[sentinel];
}

/** `true`/`false` in any case, or a sentinel (which each column interprets). */
export function parseFlag(raw: string): boolean | Sentinel | undefined {
  // The spellings of real reports first: no trimmed or lowercase copy for them.
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (raw === 'N/A') return 'N/A';
  const value = raw.trim();
  if (value === 'true') return true;
  if (value === 'false') return false;
  const lower = value.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  return parseSentinel(lower);
}

/** Region and service columns and `additional_credentials_info`: a sentinel or nothing is null. */
export function parseOptionalText(raw: string): string | null {
  const value = raw.trim();
  if (value === '' || parseSentinel(value) !== undefined) return null;
  return value;
}

export interface IamArnParts {
  partition: string;
  accountId: string;
}

const IAM_ARN = /^arn:([a-z][a-z0-9-]*):iam::(\d{12}):./;

/** Partition and account of `arn:<partition>:iam::<account>:user/...` or `...:root`. */
export function parseIamArn(arn: string): IamArnParts | null {
  const match = IAM_ARN.exec(arn);
  if (match === null) return null;
  const [, partition, accountId] = match;
  if (partition === undefined || accountId === undefined) return null;
  return { partition, accountId };
}
