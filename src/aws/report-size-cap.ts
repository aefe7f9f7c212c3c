/**
 * The fetched report's size cap, the same as a saved report's (MAX_REPORT_BYTES): a report AWS
 * sends is refused before it is read whole, so a forged or absurd answer can never be read until
 * the runner runs out of memory. IAM sends `Content` base64 in XML, so the body may be up to 4/3 of
 * the report plus the envelope.
 */
import { MAX_REPORT_BYTES } from '../files/limits';
import { UserError } from '../user-error';

const MiB = 1024 * 1024;
/** The XML around `Content` (request id, GeneratedTime, format): a few hundred bytes; generous. */
const ENVELOPE_BYTES = 64 * 1024;

/** The largest GetCredentialReport response body that can hold a report within the cap. */
export const MAX_REPORT_RESPONSE_BYTES = Math.ceil(MAX_REPORT_BYTES / 3) * 4 + ENVELOPE_BYTES;

function mib(bytes: number): string {
  return `${(bytes / MiB).toFixed(bytes < 10 * MiB ? 1 : 0)} MiB`;
}

/**
 * `bytes` is what is known of the report's size: the decoded report, or an estimate from the
 * response body (`estimated`), which is all there is when the body is refused unread.
 */
export function reportTooLarge(bytes: number, estimated: boolean): UserError {
  return new UserError(
    `The credential report AWS sent is ${estimated ? 'about ' : ''}${mib(bytes)}, more than the gate's cap of ` +
      `${mib(MAX_REPORT_BYTES)} (about 200 000 users); it was refused${estimated ? ' before it was read' : ''}. ` +
      'Split the account or evaluate a saved report of a part of it (report-file); see "Troubleshooting" in the README.',
  );
}

/** The report size a response body of `bodyBytes` stands for (base64 is 4 bytes for 3). */
export function reportBytesOfBody(bodyBytes: number): number {
  return Math.max(0, Math.floor(((bodyBytes - ENVELOPE_BYTES) * 3) / 4));
}

/** Throws when a decoded report is over the cap (for clients without the lean body middleware). */
export function checkReportSize(bytes: number): void {
  if (bytes > MAX_REPORT_BYTES) throw reportTooLarge(bytes, false);
}
