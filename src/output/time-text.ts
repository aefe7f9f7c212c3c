/** How outputs write instants, durations and counts: UTC, whole units, no locale surprises. */

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** `2026-11-20 11:58 UTC` */
export function formatInstant(at: number | string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return String(at);
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function plural(count: number, unit: string): string {
  return `${formatCount(count)} ${unit}${count === 1 ? '' : 's'}`;
}

/** `12 minutes ago`, `5 hours ago`, `3 days ago`; clock skew shows as `in the future`. */
export function formatAgo(then: number, now: number): string {
  const elapsed = now - then;
  if (elapsed < -MINUTE_MS) return 'in the future (clock skew?)';
  if (elapsed < MINUTE_MS) return 'just now';
  if (elapsed < HOUR_MS) return `${plural(Math.floor(elapsed / MINUTE_MS), 'minute')} ago`;
  if (elapsed < 2 * DAY_MS) return `${plural(Math.floor(elapsed / HOUR_MS), 'hour')} ago`;
  return `${plural(Math.floor(elapsed / DAY_MS), 'day')} ago`;
}

export function formatDays(days: number | null): string {
  return days === null ? '—' : plural(days, 'day');
}

/**
 * `5,000`, as `toLocaleString('en-US')` writes it. Whole numbers are grouped by hand: the summary
 * of a large account formats tens of thousands of them, and the locale path costs a few µs each.
 */
export function formatCount(count: number): string {
  if (!Number.isSafeInteger(count)) return count.toLocaleString('en-US');
  const digits = String(Math.abs(count));
  if (digits.length <= 3) return count < 0 ? `-${digits}` : digits;
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return count < 0 ? `-${grouped}` : grouped;
}

export function countOf(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${formatCount(count)} ${count === 1 ? noun : pluralNoun}`;
}

/** Whole days from `now` until the end (23:59:59.999 UTC) of a `YYYY-MM-DD` day; negative once past. */
export function daysUntilEndOf(day: string, now: number): number | null {
  const start = Date.parse(`${day}T00:00:00.000Z`);
  if (Number.isNaN(start)) return null;
  return Math.floor((start + DAY_MS - 1 - now) / DAY_MS);
}

export const REPORT_CACHE_NOTE_AFTER_MS = HOUR_MS;
