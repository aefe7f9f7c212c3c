// Evaluates the real credential reports in ../shared/credential-report-samples with every builtin
// policy and prints the findings. It fails (exit 1) if any run ends in verdict `error`: real data
// must always be evaluable. Usage: npm run conformance [-- --now ISO]
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BUILTIN_POLICY_NAMES } from '../src/policy/builtin-policies';
import { runGate } from '../src/run/run-gate';
import { parseSettings } from '../src/settings/settings';
import { silentLogger } from '../src/logger';

const { values } = parseArgs({ options: { now: { type: 'string' } } });

// When AWS generated each sample (its GetCredentialReport GeneratedTime, per the samples' README):
// evaluating a few minutes later shows the findings as the gate would have shown them that day.
// Other files, or --now, use the given or current time.
const GENERATED_AT: Record<string, string> = {
  'custodian-account-credential-report-2017.csv': '2017-02-22T23:07:48Z',
  'custodian-unused-keys-root-with-key-2016.csv': '2016-11-25T14:30:42Z',
  'custodian-multi-delete-noop-2021.csv': '2021-02-04T15:24:53Z',
};

function evaluationTime(file: string): string | undefined {
  if (values.now) return values.now;
  const generated = GENERATED_AT[file];
  return generated === undefined ? undefined : new Date(Date.parse(generated) + 5 * 60_000).toISOString();
}
const root = resolve(import.meta.dirname, '..');
const samples = resolve(root, '..', 'shared', 'credential-report-samples');
const files = readdirSync(samples)
  .filter((name) => name.endsWith('.csv'))
  .sort();

let failures = 0;
for (const file of files) {
  for (const name of BUILTIN_POLICY_NAMES) {
    const now = evaluationTime(file);
    const settings = parseSettings(
      { 'report-file': join(samples, file), policy: `builtin:${name}`, ...(now ? { now } : {}) },
      Date.now(),
      root,
    );
    const run = await runGate(settings, { log: silentLogger, getIdToken: null, mask: () => undefined });
    const { document } = run;
    const { counts } = document;
    console.log(
      `\n## ${file} × builtin:${name} at ${document.evaluatedAt} → ${document.verdict} (${counts.error} errors, ${counts.warning} warnings, ${counts.notice} notices, ${counts.exempted} exempted; ${document.reports[0]?.users ?? 0} rows)`,
    );
    for (const message of document.errors) console.log(`  ERROR ${message}`);
    for (const finding of document.findings) {
      const who = finding.user ?? '-';
      console.log(`  ${finding.severity.padEnd(7)} ${finding.rule.padEnd(28)} ${who.padEnd(16)} ${finding.message}`);
    }
    if (document.verdict === 'error') failures += 1;
  }
}
console.log(`\n${files.length} reports × ${BUILTIN_POLICY_NAMES.length} policies: ${failures} with verdict error.`);
process.exitCode = failures > 0 ? 1 : 0;
