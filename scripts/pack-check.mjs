// The npm package as a user gets it: `npm pack` the repository, install the tarball into an empty
// prefix with no dependencies (dist/ is bundled, so there are none to install), and run the
// installed command. Fails (exit 1) if the package would not run on its own. Uses the committed
// dist/ (run `npm run bundle` first after changing src/). Usage: npm run pack-check
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'icg-pack-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];

function fail(message) {
  console.error(`pack-check: ${message}`);
  process.exitCode = 1;
}

try {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (Object.keys(manifest.dependencies ?? {}).length > 0) {
    fail(`package.json lists runtime dependencies (${Object.keys(manifest.dependencies).join(', ')}); dist/ is bundled, make them devDependencies.`);
  }

  // --json names the files packed, so what ships is checked before anything is installed.
  const [packed] = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--pack-destination', work, ...quiet], { cwd: root, encoding: 'utf8' }),
  );
  const shipped = new Set(packed.files.map((file) => file.path));
  for (const needed of ['dist/package.json', 'dist/index.js', 'dist/cli/index.js', 'dist/cli/package.json', 'action.yml', 'policies/schema.json']) {
    if (!shipped.has(needed)) fail(`the package does not ship ${needed}.`);
  }
  for (const path of shipped) {
    if (/^(src|test|node_modules|scripts)\//.test(path)) fail(`the package ships ${path}, which users do not need.`);
  }
  console.log(`pack-check: ${packed.filename}: ${packed.files.length} files, ${(packed.size / 1024).toFixed(0)} KiB packed.`);

  // A global install into an empty prefix, as `npm install -g` does, with dev dependencies left out.
  const prefix = join(work, 'prefix');
  execFileSync(npm, ['install', '--global', '--prefix', prefix, '--omit=dev', '--offline', ...quiet, join(work, packed.filename)], {
    cwd: work,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const lib = process.platform === 'win32' ? join(prefix, 'node_modules') : join(prefix, 'lib', 'node_modules');
  const installed = readdirSync(lib);
  if (installed.join() !== 'iam-credential-gate') fail(`installing the package also installed: ${installed.join(', ')}.`);
  if (existsSync(join(lib, 'iam-credential-gate', 'node_modules'))) fail('installing the package pulled dependencies.');

  const bin = join(prefix, 'bin', 'iam-credential-gate');
  const env = { PATH: process.env.PATH ?? '', HOME: work, NO_COLOR: '1' };
  const version = spawnSync(bin, ['--version'], { cwd: work, env, encoding: 'utf8' });
  if (version.status !== 0 || version.stdout.trim() !== manifest.version) {
    fail(`iam-credential-gate --version printed '${version.stdout.trim()}' (exit ${version.status}); expected ${manifest.version}. ${version.stderr}`);
  }
  // The example account has violations: exit 1 (fail) with a table, never 2 (a missing module).
  const check = spawnSync(
    bin,
    ['check', '--report-file', join(root, 'examples', 'credential-report.csv'), '--now', '2026-11-20T12:00:00Z'],
    { cwd: work, env, encoding: 'utf8' },
  );
  if (check.status !== 1 || !/access-key-max-age/.test(check.stdout)) {
    fail(`iam-credential-gate check on the example report exited ${check.status}; expected 1 with findings.\n${check.stdout}${check.stderr}`);
  }
  if (!process.exitCode) console.log('pack-check: the packed tarball installs with no dependencies and runs.');
} finally {
  rmSync(work, { recursive: true, force: true });
}
