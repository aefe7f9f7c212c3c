import { UserError } from '../user-error';
import { SAVE_REPORT_HOWTO } from './report-error';

/**
 * The report's bytes as text, exactly: a byte order mark is kept (so a saved copy is the same
 * file); the parser skips it. Invalid UTF-8 is refused rather than replaced, since a report is
 * always UTF-8 and anything else (a spreadsheet, a zip) would only fail later, less clearly.
 */
export function decodeReportText(bytes: Uint8Array, source: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UserError(
      `${source} is not UTF-8 text (a spreadsheet or a compressed file?), and a credential report is ` +
        `CSV text. ${SAVE_REPORT_HOWTO}`,
      { file: source },
    );
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
