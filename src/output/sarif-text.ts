import type { SarifLog } from './sarif';

/**
 * The SARIF log as text: indented like `JSON.stringify(log, null, 2)`, except that each result is
 * one line. The result lines are what sarif-cap.ts measures gzipped, and a capped run of 25 000
 * results stays a few tens of MB instead of a string too long for V8.
 */
export function serializeSarif(log: SarifLog): string {
  const parts: string[] = [];
  const runs = log.runs.map((run, index) => {
    parts[index] = run.results.map((result) => JSON.stringify(result)).join(',\n        ');
    return { ...run, results: [] };
  });
  const text = JSON.stringify({ ...log, runs }, null, 2);
  let run = 0;
  // Every run's `"results": []` in order; their properties cannot contain the pattern (it would be escaped).
  return `${text.replace(/"results": \[\]/g, (empty) => {
    const lines = parts[run] ?? '';
    run += 1;
    return lines === '' ? empty : `"results": [\n        ${lines}\n      ]`;
  })}\n`;
}
