import { UserError } from '../user-error';
import { fieldOffset, positionAt } from './csv-position';
import { forEachCsvRecord, isBlankRecord, type CsvRecord } from './csv-records';
import { parseDateField, parseFlag, parseIamArn, parseOptionalText, type IamArnParts, type Sentinel } from './field-values';
import {
  ADDITIONAL_CREDENTIALS_COLUMN,
  REQUIRED_COLUMNS,
  ROOT_USER,
  type RequiredColumn,
} from './report-columns';
import { NOT_A_REPORT, SAVE_REPORT_HOWTO, reportError } from './report-error';
import { decodeReportText, stripBom } from './report-text';
import type { AccessKeySlot, CertSlot, CredentialReport, CredentialReportRow, DateField } from './types';

/**
 * Parses the CSV of an IAM credential report (as `GetCredentialReport` returns it, or a saved
 * copy). Columns are found by name; every value is turned into meaning here, once. Anything
 * that is not a credential report is a UserError naming `source:line:column`.
 */
export function parseCredentialReport(content: string | Uint8Array, source: string): CredentialReport {
  const text = stripBom(typeof content === 'string' ? content : decodeReportText(content, source));
  if (text.trim() === '') {
    throw new UserError(
      `${source} is empty: a credential report has a header line and one line per user. ${SAVE_REPORT_HOWTO}`,
      { file: source },
    );
  }
  rejectJson(text, source);

  // Each record becomes a row as it is split: a report's records never all exist at once.
  let headerLine: number | undefined;
  let reader: RowReader | undefined;
  const rows: CredentialReportRow[] = [];
  forEachCsvRecord(text, source, (record) => {
    if (isBlankRecord(record)) return;
    if (reader === undefined) {
      headerLine = record.line;
      reader = new RowReader(text, source, readHeader(record, text, source));
    } else {
      rows.push(reader.read(record));
    }
  });
  if (headerLine === undefined || reader === undefined) throw new Error('a non-blank text has a non-blank record');
  if (rows.length === 0) {
    // AWS always writes the root row, so a header alone is a truncated or hand-made file: evaluating
    // it would pass an account nobody looked at.
    throw reportError(
      { file: source, line: headerLine + 1, column: 1 },
      `the report has a header but no rows; a credential report always has at least the root row ` +
        `(<root_account>). Was the file cut short? ${SAVE_REPORT_HOWTO}`,
    );
  }
  return {
    source,
    rows,
    accountId: reader.account?.accountId ?? null,
    partition: reader.account?.partition ?? null,
    columns: reader.header.names,
  };
}

function rejectJson(text: string, source: string): void {
  const first = text.search(/\S/);
  const char = text[first];
  if (char !== '{' && char !== '[') return;
  throw reportError(
    { file: source, ...positionAt(text, first) },
    "this is JSON, not CSV. If it is the output of 'aws iam get-credential-report', the report is " +
      `its base64 'Content' field. ${SAVE_REPORT_HOWTO}`,
  );
}

interface Header {
  /** Trimmed, lowercase, in file order (extra columns included). */
  names: string[];
  index: Record<RequiredColumn, number>;
  additionalCredentials: number | undefined;
}

const KNOWN_COLUMNS: ReadonlySet<string> = new Set([...REQUIRED_COLUMNS, ADDITIONAL_CREDENTIALS_COLUMN]);

function readHeader(record: CsvRecord, text: string, source: string): Header {
  const names = record.fields.map((field) => field.trim().toLowerCase());
  const found = new Map<string, number>();
  names.forEach((name, i) => {
    if (!KNOWN_COLUMNS.has(name)) return;
    const earlier = found.get(name);
    if (earlier !== undefined) {
      throw reportError(
        { file: source, ...positionAt(text, fieldOffset(text, record.start, i)) },
        `column '${name}' appears twice in the header (fields ${earlier + 1} and ${i + 1}), so its values ` +
          `are ambiguous. ${NOT_A_REPORT}`,
      );
    }
    found.set(name, i);
  });

  const missing = REQUIRED_COLUMNS.filter((column) => !found.has(column));
  if (missing.length > 0) throw missingColumns(record, missing, source);

  const index = Object.fromEntries(REQUIRED_COLUMNS.map((column) => [column, found.get(column) ?? -1]));
  return {
    names,
    index: index as Record<RequiredColumn, number>,
    additionalCredentials: found.get(ADDITIONAL_CREDENTIALS_COLUMN),
  };
}

function missingColumns(record: CsvRecord, missing: RequiredColumn[], source: string): UserError {
  const position = { file: source, line: record.line, column: 1 };
  if (missing.length === REQUIRED_COLUMNS.length) {
    // Saving `--query Content` without decoding it is an easy mistake: say so.
    const firstLine = record.fields.join(',').trim();
    const base64 = /^[A-Za-z0-9+/]{16,}={0,2}$/.test(firstLine)
      ? ' It looks like base64: decode it (base64 --decode).'
      : '';
    return reportError(
      position,
      `the first line is not the header of a credential report: it has none of its columns ` +
        `(${REQUIRED_COLUMNS.slice(0, 3).join(', ')}, …).${base64} ${NOT_A_REPORT} ${SAVE_REPORT_HOWTO}`,
    );
  }
  const list = missing.map((column) => `'${column}'`).join(', ');
  return reportError(
    position,
    `the header has no column ${list}. A credential report has all of ${REQUIRED_COLUMNS.join(', ')} ` +
      `(in any order; more columns are fine). ${NOT_A_REPORT} ${SAVE_REPORT_HOWTO}`,
  );
}

// Column names per slot, spelled out once rather than built for every row.
const ACCESS_KEY_COLUMNS = [accessKeyColumns(1), accessKeyColumns(2)] as const;
const CERT_COLUMNS = [certColumns(1), certColumns(2)] as const;

function accessKeyColumns(slot: 1 | 2): AccessKeyColumns {
  return {
    slot,
    credential: `access_key_${slot}`,
    active: `access_key_${slot}_active`,
    lastRotated: `access_key_${slot}_last_rotated`,
    lastUsed: `access_key_${slot}_last_used_date`,
    region: `access_key_${slot}_last_used_region`,
    service: `access_key_${slot}_last_used_service`,
  };
}

function certColumns(slot: 1 | 2): CertColumns {
  return { slot, credential: `cert_${slot}`, active: `cert_${slot}_active`, lastRotated: `cert_${slot}_last_rotated` };
}

interface AccessKeyColumns {
  slot: 1 | 2;
  credential: AccessKeySlot['credential'];
  active: RequiredColumn;
  lastRotated: RequiredColumn;
  lastUsed: RequiredColumn;
  region: RequiredColumn;
  service: RequiredColumn;
}

interface CertColumns {
  slot: 1 | 2;
  credential: CertSlot['credential'];
  active: RequiredColumn;
  lastRotated: RequiredColumn;
}

/** A slot's columns as field indexes of this header, looked up once rather than by name per row. */
type FieldsOf<Columns> = { [Name in keyof Columns]: Columns[Name] extends RequiredColumn ? number : Columns[Name] };

function fieldsOf<Columns extends object>(columns: Columns, header: Header): FieldsOf<Columns> {
  return Object.fromEntries(
    Object.entries(columns).map(([name, value]) => [name, name === 'slot' || name === 'credential' ? value : header.index[value as RequiredColumn]]),
  ) as FieldsOf<Columns>;
}

interface RowAccount {
  accountId: string;
  partition: string;
  line: number;
}

/** Reads data rows against one header; remembers the report's account to check every row. */
class RowReader {
  account: RowAccount | undefined;
  /** Each slot's field indexes, looked up once: a 5 000-row report reads 140 000 fields. */
  private readonly keys: readonly [FieldsOf<AccessKeyColumns>, FieldsOf<AccessKeyColumns>];
  private readonly certs: readonly [FieldsOf<CertColumns>, FieldsOf<CertColumns>];
  /** The column at each field index, for messages. */
  private readonly columnAt: (RequiredColumn | undefined)[] = [];

  constructor(
    private readonly text: string,
    private readonly source: string,
    readonly header: Header,
  ) {
    this.keys = [fieldsOf(ACCESS_KEY_COLUMNS[0], header), fieldsOf(ACCESS_KEY_COLUMNS[1], header)];
    this.certs = [fieldsOf(CERT_COLUMNS[0], header), fieldsOf(CERT_COLUMNS[1], header)];
    for (const column of REQUIRED_COLUMNS) this.columnAt[header.index[column]] = column;
  }

  read(record: CsvRecord): CredentialReportRow {
    const width = this.header.names.length;
    if (record.fields.length !== width) throw this.raggedRow(record, width);
    // Field indexes by a fixed property name each, not a column name looked up per field.
    const at = this.header.index;
    const fields = record.fields;

    const user = fields[at.user] ?? '';
    const arn = fields[at.arn] ?? '';
    const arnParts = this.arnParts(arn);
    if (arnParts !== null) this.checkAccount(record, arnParts.accountId, arnParts.partition);

    const passwordEnabled = this.flag(record, at.password_enabled);
    const additional = this.header.additionalCredentials;
    return {
      line: record.line,
      user,
      arn,
      isRoot: user === ROOT_USER || arn.endsWith(':root'),
      accountId: arnParts?.accountId ?? null,
      partition: arnParts?.partition ?? null,
      userCreationTime: this.date(record, at.user_creation_time),
      // Old reports write `not_supported` for root's password; rules tell it apart. In any
      // other boolean column, a sentinel (emulators write them) means the credential is absent.
      passwordEnabled: passwordEnabled === 'not_supported' ? 'not_supported' : passwordEnabled === true,
      passwordLastUsed: this.date(record, at.password_last_used),
      passwordLastChanged: this.date(record, at.password_last_changed),
      passwordNextRotation: this.date(record, at.password_next_rotation),
      mfaActive: this.flag(record, at.mfa_active) === true,
      accessKeys: [this.accessKey(record, this.keys[0]), this.accessKey(record, this.keys[1])],
      certs: [this.cert(record, this.certs[0]), this.cert(record, this.certs[1])],
      additionalCredentialsInfo: additional === undefined ? null : parseOptionalText(fields[additional] ?? ''),
    };
  }

  /** The first ARN's `arn:<partition>:iam::<account>:` and its parts: every row of a report shares them. */
  private lastArn: { prefix: string; parts: IamArnParts } | undefined;

  private arnParts(arn: string): IamArnParts | null {
    const last = this.lastArn;
    // The same test as parseIamArn's pattern: the prefix, then one character that is not a line break.
    if (last !== undefined && arn.startsWith(last.prefix)) {
      const next = arn.charCodeAt(last.prefix.length);
      if (!Number.isNaN(next) && next !== 0x0a && next !== 0x0d && next !== 0x2028 && next !== 0x2029) return last.parts;
    }
    const parts = parseIamArn(arn);
    if (parts !== null) this.lastArn = { prefix: `arn:${parts.partition}:iam::${parts.accountId}:`, parts };
    return parts;
  }

  private accessKey(record: CsvRecord, columns: FieldsOf<AccessKeyColumns>): AccessKeySlot {
    return {
      slot: columns.slot,
      credential: columns.credential,
      active: this.flag(record, columns.active) === true,
      lastRotated: this.date(record, columns.lastRotated),
      lastUsed: this.date(record, columns.lastUsed),
      lastUsedRegion: parseOptionalText(record.fields[columns.region] ?? ''),
      lastUsedService: parseOptionalText(record.fields[columns.service] ?? ''),
    };
  }

  private cert(record: CsvRecord, columns: FieldsOf<CertColumns>): CertSlot {
    return {
      slot: columns.slot,
      credential: columns.credential,
      active: this.flag(record, columns.active) === true,
      lastRotated: this.date(record, columns.lastRotated),
    };
  }

  private date(record: CsvRecord, field: number): DateField {
    const parsed = parseDateField(record.fields[field] ?? '');
    if (parsed === undefined) {
      throw this.invalid(
        record,
        field,
        'is not a date: allowed are an ISO 8601 date and time (2026-01-31T09:00:00+00:00), N/A, no_information and not_supported',
      );
    }
    return parsed;
  }

  private flag(record: CsvRecord, field: number): boolean | Sentinel {
    const parsed = parseFlag(record.fields[field] ?? '');
    if (parsed === undefined) {
      throw this.invalid(record, field, 'is not a boolean: allowed are true, false, N/A, no_information and not_supported');
    }
    return parsed;
  }

  /**
   * A value is named by line, column and column name, never shown: the file may be anything a
   * pull request points `report-file` at, and its cells are no one's business in a log.
   */
  private invalid(record: CsvRecord, field: number, what: string): UserError {
    const column = this.columnAt[field] ?? `field ${field + 1}`;
    return reportError(
      this.fieldPosition(record, field),
      `the value of column '${column}' (field ${field + 1}) ${what}. ${NOT_A_REPORT}`,
    );
  }

  private raggedRow(record: CsvRecord, width: number): UserError {
    const count = record.fields.length;
    const fields = `${count} ${count === 1 ? 'field' : 'fields'}`;
    if (count > width) {
      return reportError(
        this.fieldPosition(record, width),
        `this row has ${fields} but the header has ${width}; the first extra field starts here. ` +
          `A value that contains a comma must be quoted ("a,b"). ${NOT_A_REPORT}`,
      );
    }
    return reportError(
      { file: this.source, line: record.line, column: 1 },
      `this row has ${fields} but the header has ${width}. ${NOT_A_REPORT}`,
    );
  }

  private checkAccount(record: CsvRecord, accountId: string, partition: string): void {
    const first = this.account;
    if (first === undefined) {
      this.account = { accountId, partition, line: record.line };
      return;
    }
    if (first.accountId === accountId && first.partition === partition) return;
    const what = first.accountId === accountId ? 'partition' : 'account';
    throw reportError(
      this.fieldPosition(record, this.header.index.arn),
      `column 'arn' is in another ${what} than the arn of line ${first.line}. A credential ` +
        `report covers one account: evaluate each account's report separately.`,
    );
  }

  private fieldPosition(record: CsvRecord, fieldIndex: number): { file: string; line: number; column: number } {
    return { file: this.source, ...positionAt(this.text, fieldOffset(this.text, record.start, fieldIndex)) };
  }
}
