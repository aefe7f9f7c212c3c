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
const root = resolve(import.meta.dirname, '..');
const samples = resolve(root, '..', 'shared', 'credential-report-samples');
const files = readdirSync(samples)
  .filter((name) => name.endsWith('.csv'))
  .sort();

let failures = 0;
for (const file of files) {
  for (const name of BUILTIN_POLICY_NAMES) {
    const settings = parseSettings(
      { 'report-file': join(samples, file), policy: `builtin:${name}`, ...(values.now ? { now: values.now } : {}) },
      Date.now(),
      root,
    );
    const run = await runGate(settings, { log: silentLogger, getIdToken: null, mask: () => undefined });
    const { document } = run;
    const { counts } = document;
    console.log(
      `\n## ${file} × builtin:${name} → ${document.verdict} (${counts.error} errors, ${counts.warning} warnings, ${counts.notice} notices, ${counts.exempted} exempted; ${document.reports[0]?.users ?? 0} rows)`,
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
