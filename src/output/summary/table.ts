import { tableHead, tableRow, type Align } from '../markdown';
import { countOf, formatCount } from '../time-text';
import { bytes, everyOneIn, NOTE_RESERVE_BYTES, type Context } from './context';

export interface TableSpec<T> {
  heading: string;
  intro?: string;
  headers: string[];
  align?: Align[];
  items: readonly T[];
  cells: (item: T) => string[];
  /** For the note: `['violation', 'violations']`. */
  noun: readonly [string, string];
  /** Where the rows left out can be read, when not in the JSON file. */
  elsewhere?: string;
}

/**
 * A table that takes rows while the budget lasts, then says how many it left out and where to
 * find them, so a 5 000-user account still gives a summary GitHub accepts.
 */
export function budgetedTable<T>(context: Context, spec: TableSpec<T>): string {
  if (spec.items.length === 0) return '';
  const { budget } = context;
  budget.release();
  const head = `### ${spec.heading}\n\n${spec.intro ? `${spec.intro}\n\n` : ''}`;
  const tableTop = `${tableHead(spec.headers, spec.align)}\n`;
  let size = bytes(head) + bytes(tableTop);
  const rows: string[] = [];
  if (!budget.exhausted && size + NOTE_RESERVE_BYTES <= budget.remaining) {
    for (const item of spec.items) {
      const row = `${tableRow(spec.cells(item))}\n`;
      const rowSize = bytes(row);
      if (size + rowSize + NOTE_RESERVE_BYTES > budget.remaining) break;
      rows.push(row);
      size += rowSize;
    }
  }
  if (rows.length < spec.items.length) budget.exhausted = true;
  const table = rows.length > 0 ? `${tableTop}${rows.join('')}` : '';
  const note = rows.length < spec.items.length ? `${table ? '\n' : ''}${cutNote(context, rows.length, spec)}\n` : '';
  return budget.charge(`${head}${table}${note}\n`);
}

export function cutNote<T>(context: Context, shown: number, spec: Pick<TableSpec<T>, 'items' | 'noun' | 'elsewhere'>): string {
  const where = spec.elsewhere ?? everyOneIn(context);
  const [one, many] = spec.noun;
  const what =
    shown === 0
      ? `${countOf(spec.items.length, one, many)} not shown`
      : `Showing ${formatCount(shown)} of ${countOf(spec.items.length, one, many)}`;
  return `> ✂️ ${what}: a job summary is limited to 1 MiB. ${where}`;
}
