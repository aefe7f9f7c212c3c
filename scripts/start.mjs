// `npm start`: the gate on the bundled example report, as a first run on a fresh clone shows it.
// The example account has violations, so the gate's verdict is fail (exit 1), which is what a CI
// step needs; here that verdict is the expected result, so it is said in words and npm gets 0.
// Any other exit (2: the gate could not evaluate, or a crash) is passed on unchanged.
import { spawnSync } from 'node:child_process';

const args = [
  'dist/cli/index.js',
  'check',
  '--report-file',
  'examples/credential-report.csv',
  '--policy',
  'builtin:recommended',
  '--now',
  '2026-11-20T12:00:00Z',
];
const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
if (result.status === 1) {
  console.log(
    '\nThe gate says FAIL (exit 1), as it should: the example account has violations, and in a workflow that exit fails the step.',
  );
  process.exit(0);
}
process.exit(result.status ?? 2);
