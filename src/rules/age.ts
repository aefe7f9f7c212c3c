import type { DateField } from '../report/types';

export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;

/**
 * Whole days between `at` and `now`, as the contract defines age: floor((now − t) / 24 h).
 * A timestamp in the future (clock skew, hand-edited reports) has age 0 rather than a negative age.
 */
export function ageInDays(at: number, now: number): number {
  return Math.max(0, Math.floor((now - at) / DAY_MS));
}

/** The instant of a date column, or null for any of the sentinels. */
export function instantOf(field: DateField): number | null {
  return field.kind === 'date' ? field.at : null;
}

/**
 * Recent instants and their ISO text: a key's creation time is written by every rule that finds
 * something about the key (age, use, one key too many…), and toISOString costs microseconds each.
 */
const isoTexts = new Map<number, string>();
const MAX_ISO_TEXTS = 20_000;

/** The instant of a date column as ISO 8601 UTC text (`toISOString`), or null for a sentinel. */
export function isoOf(field: DateField): string | null {
  if (field.kind !== 'date') return null;
  let text = isoTexts.get(field.at);
  if (text === undefined) {
    if (isoTexts.size >= MAX_ISO_TEXTS) isoTexts.clear();
    text = new Date(field.at).toISOString();
    isoTexts.set(field.at, text);
  }
  return text;
}

/** Age in whole days of a date column, or null when it holds a sentinel. */
export function ageOf(field: DateField, now: number): number | null {
  return field.kind === 'date' ? ageInDays(field.at, now) : null;
}

/** "1 day", "3 days". */
export function days(count: number): string {
  return count === 1 ? '1 day' : `${count} days`;
}
