// The release workflow's own checks, runnable on any tree (CI runs it on every commit):
// every place that states the version agrees, and optionally dist/ is what the source builds.
//
//   node scripts/release-check.mjs [--tag vX.Y.Z] [--repository OWNER/REPO] [--check-dist]
//                                  [--notes FILE] [--root DIR]
//
//   --tag         the tag being released: it must be v + package.json's version
//   --repository  the GitHub repository releasing it: package.json's repository.url must name it
//                 (npm refuses a provenance statement for a package from another repository)
//   --check-dist  run `npm run bundle` and fail if dist/ then differs from the commit (.ci/run
//                 leaves this out: its own step already rebuilds dist/ once)
//   --notes FILE  write the CHANGELOG's top released entry to FILE (the GitHub release notes)
//   --root DIR    the tree to check (default: this repository); for the tests
//
// Plain node with no dependencies, so it runs before `npm ci` and in any job.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/;
const REPOSITORY = 'iam-credential-gate/iam-credential-gate';

/** The `## [X] - date` entries of a Keep a Changelog file, with their 1-based heading lines. */
export function changelogEntries(text) {
  const lines = text.split(/\r?\n/);
  const entries = [];
  for (const [index, line] of lines.entries()) {
    const heading = /^## \[([^\]]+)\](.*)$/.exec(line);
    if (heading) entries.push({ name: heading[1], rest: heading[2].trim(), line: index + 1, body: [] });
    else if (/^## /.test(line)) entries.push({ name: null, rest: line, line: index + 1, body: [] });
    else if (entries.length > 0) entries.at(-1).body.push(line);
  }
  return entries.map((entry) => ({ ...entry, body: stripLinkDefinitions(entry.body.join('\n')).trim() }));
}

function stripLinkDefinitions(body) {
  return body
    .split('\n')
    .filter((line) => !/^\[[^\]]+\]:\s*\S+/.test(line))
    .join('\n');
}

/** Every problem with the versions of the tree at `root`, as `file[:line]: message` strings. */
export function versionProblems(root, { tag, repository } = {}) {
  const problems = [];
  const read = (file) => readFileSync(join(root, file), 'utf8');
  const json = (file) => {
    try {
      return JSON.parse(read(file));
    } catch (error) {
      problems.push(`${file}: cannot be read as JSON (${error.message})`);
      return null;
    }
  };

  const pkg = json('package.json');
  const version = pkg?.version;
  if (typeof version !== 'string' || !SEMVER.test(version)) {
    problems.push(`package.json: "version" is ${JSON.stringify(version)}, not a semantic version X.Y.Z`);
    return { version: null, problems };
  }
  const major = version.split('.')[0];

  if (tag !== undefined && tag !== `v${version}`) {
    problems.push(`tag ${tag} does not match package.json's version ${version}: the tag must be v${version}`);
  }

  if (repository !== undefined) {
    const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    const named = /github\.com[/:]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url ?? '')?.[1];
    if (named?.toLowerCase() !== repository.toLowerCase()) {
      problems.push(
        `package.json: "repository.url" is ${JSON.stringify(url ?? null)}; npm publish --provenance needs it to be git+https://github.com/${repository}.git`,
      );
    }
  }

  if (existsSync(join(root, 'package-lock.json'))) {
    const lock = json('package-lock.json');
    if (lock && lock.version !== version) {
      problems.push(`package-lock.json: "version" is ${lock.version}, package.json says ${version} (run npm install)`);
    }
    if (lock?.packages?.['']?.version !== undefined && lock.packages[''].version !== version) {
      problems.push(`package-lock.json: packages[""].version is ${lock.packages[''].version}, package.json says ${version}`);
    }
  }

  // TOOL_VERSION (the CLI's --version, the findings document, SARIF, the user agent) must come
  // from package.json, or at least say the same.
  const versionTs = read('src/version.ts');
  const literal = /TOOL_VERSION[^=]*=\s*['"`]([^'"`]+)['"`]/.exec(versionTs);
  if (literal) {
    if (literal[1] !== version) problems.push(`src/version.ts: TOOL_VERSION is ${literal[1]}, package.json says ${version}`);
  } else if (!/TOOL_VERSION[^=]*=\s*\w+\.version\b/.test(versionTs) || !/from\s+['"]\.\.\/package\.json['"]/.test(versionTs)) {
    problems.push('src/version.ts: TOOL_VERSION is neither package.json\'s "version" nor a literal version');
  }

  if (existsSync(join(root, 'dist', 'package.json'))) {
    const distPkg = json('dist/package.json');
    if (distPkg && distPkg.version !== undefined && distPkg.version !== version) {
      problems.push(`dist/package.json: "version" is ${distPkg.version}, package.json says ${version}`);
    }
  }

  // The committed CLI bundle says which version it was built from.
  const cli = join(root, 'dist', 'cli', 'index.js');
  if (existsSync(cli)) {
    let said;
    try {
      said = execFileSync(process.execPath, [cli, '--version'], { cwd: root, encoding: 'utf8', timeout: 30_000 }).trim();
    } catch (error) {
      said = `(failed: ${error.message.split('\n')[0]})`;
    }
    if (said !== version) problems.push(`dist/cli/index.js --version says ${said}, package.json says ${version} (run npm run bundle)`);
  }

  problems.push(...changelogProblems(root, version));

  // The README's `uses: …@vN` must name this major (a full version or SHA in it is an example).
  if (existsSync(join(root, 'README.md'))) {
    const pattern = new RegExp(`${REPOSITORY.replace('/', '\\/')}@v(\\d+)(?![.\\d])`, 'g');
    for (const [index, line] of read('README.md').split(/\r?\n/).entries()) {
      for (const match of line.matchAll(pattern)) {
        if (match[1] !== major) problems.push(`README.md:${index + 1}: uses @v${match[1]}, the current major tag is v${major}`);
      }
    }
  }

  return { version, problems };
}

function changelogProblems(root, version) {
  const file = 'CHANGELOG.md';
  if (!existsSync(join(root, file))) return [`${file}: missing (Keep a Changelog form, with an entry ## [${version}] - YYYY-MM-DD)`];
  const text = readFileSync(join(root, file), 'utf8');
  const entries = changelogEntries(text);
  const problems = [];
  for (const entry of entries) {
    if (entry.name === null) problems.push(`${file}:${entry.line}: "${entry.rest}" is not a "## [VERSION] - YYYY-MM-DD" or "## [Unreleased]" heading`);
  }
  const released = entries.filter((entry) => entry.name !== null && entry.name !== 'Unreleased');
  const top = released[0];
  if (!top) return [...problems, `${file}: no released entry; the top one must be ## [${version}] - YYYY-MM-DD`];
  if (top.name !== version) {
    problems.push(`${file}:${top.line}: the top released entry is [${top.name}], package.json says ${version}`);
  }
  const date = /^- (\d{4}-\d{2}-\d{2})$/.exec(top.rest);
  if (!date || Number.isNaN(Date.parse(`${date[1]}T00:00:00Z`))) {
    problems.push(`${file}:${top.line}: the entry [${top.name}] needs a release date: "## [${top.name}] - YYYY-MM-DD"`);
  }
  if (top.body === '') problems.push(`${file}:${top.line}: the entry [${top.name}] is empty`);
  const link = new RegExp(`^\\[${top.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\]:\\s*(\\S+)`, 'm').exec(text);
  if (!link) problems.push(`${file}: no link definition "[${top.name}]: …/releases/tag/v${top.name}" at the end`);
  else if (!link[1].endsWith(`v${top.name}`)) problems.push(`${file}: the link of [${top.name}] (${link[1]}) does not point at tag v${top.name}`);
  return problems;
}

/** The notes of the top released entry: what the GitHub release shows. */
export function releaseNotes(root) {
  const top = changelogEntries(readFileSync(join(root, 'CHANGELOG.md'), 'utf8')).find(
    (entry) => entry.name !== null && entry.name !== 'Unreleased',
  );
  return top ? `${top.body}\n` : '';
}

function distProblems(root) {
  execFileSync('npm', ['run', '-s', 'bundle'], { cwd: root, stdio: 'inherit' });
  const status = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { cwd: root, encoding: 'utf8' });
  return status.trim() === ''
    ? []
    : [`dist/ differs from what npm run bundle builds; run it and commit dist/:\n${status.trimEnd()}`];
}

function main() {
  const { values } = parseArgs({
    options: {
      tag: { type: 'string' },
      repository: { type: 'string' },
      'check-dist': { type: 'boolean', default: false },
      notes: { type: 'string' },
      root: { type: 'string' },
    },
  });
  const root = resolve(values.root ?? new URL('..', import.meta.url).pathname);
  const { version, problems } = versionProblems(root, { tag: values.tag, repository: values.repository });
  if (values['check-dist']) problems.push(...distProblems(root));

  if (problems.length > 0) {
    const annotate = process.env.GITHUB_ACTIONS === 'true';
    for (const problem of problems) console.error(annotate ? `::error::${problem.replaceAll('\n', '%0A')}` : `release-check: ${problem}`);
    console.error(`release-check: ${problems.length} problem(s)`);
    process.exitCode = 1;
    return;
  }
  if (values.notes) writeFileSync(values.notes, releaseNotes(root));
  const checked = ['package.json', 'package-lock.json', 'src/version.ts', 'dist/cli/index.js --version', 'CHANGELOG.md', 'README.md'];
  if (values.tag) checked.unshift(`tag ${values.tag}`);
  if (values.repository) checked.push(`repository ${values.repository}`);
  if (values['check-dist']) checked.push('dist/ is fresh');
  console.log(`release-check: version ${version} agrees: ${checked.join(', ')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) main();
