// Builds dist/ from the committed source: the action (dist/index.js) and the CLI (dist/cli/index.js),
// each a self-contained ncc bundle that runs with plain `node` and no node_modules. CI rebuilds and
// diffs dist/, so the output must depend on the source alone (no cache, no timestamps).
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const work = mkdtempSync(join(tmpdir(), 'icg-bundle-'));

function build(entry, out) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [ncc, 'build', entry, '-o', out, '--no-cache', '--quiet', '--target', 'es2022', '--license', 'licenses.txt'],
      { cwd: root, stdio: 'inherit' },
    );
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ncc build ${entry} exited with ${code}`))));
  });
}

try {
  // Both at once: each ncc run is mostly one core, and the machine (like CI's) has two.
  await Promise.all([build('src/action/main.ts', join(work, 'action')), build('src/cli/main.ts', join(work, 'cli'))]);

  rmSync(join(root, 'dist'), { recursive: true, force: true });
  mkdirSync(join(root, 'dist'));
  cpSync(join(work, 'action'), join(root, 'dist'), { recursive: true });
  cpSync(join(work, 'cli'), join(root, 'dist', 'cli'), { recursive: true });
  // The bundles are ES modules; without this, Node would read dist/*.js as CommonJS.
  writeFileSync(join(root, 'dist', 'package.json'), '{\n  "type": "module"\n}\n');

  const cli = join(root, 'dist', 'cli', 'index.js');
  const source = readFileSync(cli, 'utf8');
  if (!source.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${source}`);
  chmodSync(cli, 0o755);
} finally {
  rmSync(work, { recursive: true, force: true });
}
