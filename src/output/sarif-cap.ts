/**
 * What GitHub code scanning accepts of one SARIF run: at most 25 000 results (it rejects the whole
 * upload above that) and a file of at most 10 MB gzipped. A run over a large account has more
 * (326 722 results for builtin:strict on 35 000 users); the most important are kept, and the run
 * says how many were left out. The findings document (json-file) always has every finding.
 */
import { gzip } from '../lazy-builtins';
import type { Finding } from '../evaluate/types';
import type { GateLogger } from '../logger';
import type { SarifLog } from './sarif';
import { byImportance } from './finding-groups';
import { formatCount } from './time-text';

export interface ResultCap {
  maxResults: number;
  /** Of the results' JSON, gzipped; the rest of the file (rules, properties) is a few KiB. */
  maxGzipBytes: number;
}

export const SARIF_RESULT_CAP: Readonly<ResultCap> = {
  maxResults: 25_000,
  // 10 MB is the limit of the upload; the margin is for the run's rules and properties.
  maxGzipBytes: 9_500_000,
};

export interface CappedResults<R> {
  /** In the findings' document order. */
  results: R[];
  omitted: number;
  /** For the run's notification and the log; '' when nothing was left out. */
  notice: string;
}

/** The gzipped size of results written one per line (as serializeSarif writes them). */
function gzippedBytes(results: readonly unknown[]): number {
  // Level 1 compresses less than the uploader's default level: the estimate errs on the safe side.
  return gzip(results.map((result) => JSON.stringify(result)).join(',\n'), 1).length;
}

/**
 * Keeps the most important findings (byImportance: errors first, then the oldest credential) as
 * results, within the cap; `toResult` is called only for the ones considered.
 */
export function capResults<R>(findings: readonly Finding[], toResult: (finding: Finding) => R, cap: Partial<ResultCap> = {}): CappedResults<R> {
  const { maxResults, maxGzipBytes } = { ...SARIF_RESULT_CAP, ...cap };
  let order: number[] | null = null;
  let keep = findings.length;
  if (keep > maxResults) {
    order = findings.map((_, index) => index).sort((a, b) => byImportance(findings[a] as Finding, findings[b] as Finding) || a - b);
    keep = maxResults;
  }
  const chosen = (): number[] => (order === null ? findings.map((_, index) => index) : order.slice(0, keep).sort((a, b) => a - b));
  let indexes = chosen();
  let results = indexes.map((index) => toResult(findings[index] as Finding));
  // Raw JSON within the budget cannot be larger gzipped: only big runs pay for a compression.
  const rawBytes = () => results.reduce((sum, result) => sum + JSON.stringify(result).length + 2, 0);
  if (results.length > 0 && rawBytes() > maxGzipBytes) {
    for (let size = gzippedBytes(results); size > maxGzipBytes && keep > 0; size = gzippedBytes(results)) {
      order ??= findings.map((_, index) => index).sort((a, b) => byImportance(findings[a] as Finding, findings[b] as Finding) || a - b);
      keep = Math.min(keep - 1, Math.floor(keep * (maxGzipBytes / size) * 0.95));
      indexes = chosen();
      results = indexes.map((index) => toResult(findings[index] as Finding));
    }
  }
  const omitted = findings.length - results.length;
  const notice =
    omitted === 0
      ? ''
      : `${formatCount(omitted)} of ${formatCount(findings.length)} findings are not in this SARIF file: GitHub code scanning ` +
        `accepts at most ${formatCount(maxResults)} results per run and 10 MB gzipped. The ${formatCount(results.length)} most ` +
        'important are here (errors first, then the oldest credentials); the findings document (json-file) has every finding.';
  return { results, omitted, notice };
}

/** The log line of a capped SARIF file (the same text as the run's notification). */
export function logSarifCap(log: SarifLog, logger: GateLogger | undefined): void {
  for (const run of log.runs) {
    const notice = run.invocations[0]?.toolExecutionNotifications.find((note) => note.level === 'warning');
    if (notice !== undefined) logger?.info(`SARIF: ${notice.message.text}`);
  }
}
