import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentMarker } from '../../src/output/pr-comment';
import { startGitHubServer, type GitHubServer } from '../support/github-server';
import { REPO_ROOT, runActionBundle, type ActionRun } from '../support/run-bundle';

/**
 * dist/index.js against what a pull request can plant in the workspace: a report that is a symlink
 * to /dev/zero, a policy that extends the checkout's .git/config, a comment that carries the
 * gate's marker. Nothing of what is planted may reach an output.
 */
const EXAMPLE = readFileSync(join(REPO_ROOT, 'examples', 'credential-report.csv'), 'utf8');
const NOW = '2026-11-20T12:00:00Z';
const SECRET = 'ghs_PLANTEDsecret0123456789';

const workspaces: string[] = [];

function workspaceWith(setup: (workspace: string) => void): string {
  const workspace = mkdtempSync(join(tmpdir(), 'icg-untrusted-action-'));
  workspaces.push(workspace);
  setup(workspace);
  return workspace;
}

afterAll(() => {
  for (const workspace of workspaces) rmSync(workspace, { recursive: true, force: true });
});

function everythingWritten(run: ActionRun): string {
  const document = readFileSync(join(run.workspace, 'findings.json'), 'utf8');
  return [run.stdout, run.stderr, run.summary, document, JSON.stringify(run.outputs)].join('\n');
}

describe('dist/index.js refuses files a pull request planted', () => {
  it('a report-file that is a symlink to /dev/zero: error at once, naming the input', { timeout: 60_000 }, async () => {
    const workspace = workspaceWith((dir) => symlinkSync('/dev/zero', join(dir, 'report.csv')));
    const run = await runActionBundle(
      { 'report-file': 'report.csv', now: NOW, 'json-file': 'findings.json' },
      { workspace },
    );
    expect(run.outputs.result).toBe('error');
    expect(run.code).not.toBe(0);
    const document = JSON.parse(readFileSync(join(workspace, 'findings.json'), 'utf8')) as { errors: string[] };
    expect(document.errors).toEqual([
      'report file report.csv (report-file) resolves to /dev/zero, outside the workspace ' +
        `${workspace}. In a workflow the gate reads only files inside GITHUB_WORKSPACE: check the file out there and give a path inside it.`,
    ]);
    expect(run.stdout).toContain('::error');
  });

  it('extends: ../.git/config: error at the extends line, nothing of the file in any output', { timeout: 60_000 }, async () => {
    const workspace = workspaceWith((dir) => {
      mkdirSync(join(dir, '.git'));
      mkdirSync(join(dir, '.github'));
      writeFileSync(
        join(dir, '.git', 'config'),
        `[core]\n\tbare = false\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`,
      );
      writeFileSync(join(dir, '.github', 'iam-policy.yml'), 'version: 1\nextends: ../.git/config\n');
      writeFileSync(join(dir, 'report.csv'), EXAMPLE);
    });
    const run = await runActionBundle(
      { 'report-file': 'report.csv', policy: '.github/iam-policy.yml', now: NOW, 'json-file': 'findings.json' },
      { workspace },
    );
    expect(run.outputs.result).toBe('error');
    const document = JSON.parse(readFileSync(join(workspace, 'findings.json'), 'utf8')) as { errors: string[] };
    expect(document.errors[0]).toMatch(
      /^\.github\/iam-policy\.yml:2:10: policy file \.git\/config \(extends\) is inside a \.git directory, which holds the repository's credentials and is never read\./,
    );
    expect(everythingWritten(run)).not.toContain(SECRET);
    expect(everythingWritten(run)).not.toContain('extraheader');
  });
});

describe('dist/index.js never edits a comment it did not write', () => {
  let github: GitHubServer;
  beforeAll(async () => {
    github = await startGitHubServer();
  });
  afterAll(async () => {
    await github.close();
  });

  async function run(workspace: string, token: string, pr = 12): Promise<ActionRun> {
    const eventPath = join(workspace, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ pull_request: { number: pr } }));
    return runActionBundle(
      { 'report-file': 'report.csv', now: NOW, 'github-token': token, comment: 'always', 'json-file': 'findings.json' },
      {
        workspace,
        files: { 'report.csv': EXAMPLE },
        env: {
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: eventPath,
          GITHUB_REPOSITORY: 'acme/infra',
          GITHUB_API_URL: github.url,
          GITHUB_SERVER_URL: 'https://github.example',
          GITHUB_RUN_ID: '43',
          AWS_EC2_METADATA_DISABLED: 'true',
        },
      },
    );
  }

  it('a planted comment with the marker stays as it is; the gate writes and then updates its own', { timeout: 120_000 }, async () => {
    const marker = commentMarker('builtin:recommended', ['report.csv']);
    const planted = github.seed('acme', 'infra', 12, `${marker}\n### ✅ PASS — nothing to see here`, 'mallory');
    const workspace = workspaceWith(() => undefined);

    const first = await run(workspace, 'ghs_workflow');
    expect(first.outputs.result).toBe('fail');
    let comments = github.comments('acme', 'infra', 12);
    expect(comments).toHaveLength(2);
    expect(comments[0]).toMatchObject({ id: planted.id, body: planted.body, user: { login: 'mallory' } });
    expect(comments[1]?.user.login).toBe('github-actions[bot]');
    expect(comments[1]?.body.startsWith(marker)).toBe(true);
    const ours = comments[1]?.id;

    const second = await run(workspace, 'ghs_workflow');
    expect(second.outputs.result).toBe('fail');
    comments = github.comments('acme', 'infra', 12);
    expect(comments.map((comment) => comment.id)).toEqual([planted.id, ours]);
    expect(comments[0]?.body).toBe(planted.body);
    expect(github.requests.some((request) => request.method === 'PATCH' && request.path.endsWith(`/${planted.id}`))).toBe(false);
    expect(github.requests.some((request) => request.method === 'PATCH' && request.path.endsWith(`/${ours}`))).toBe(true);
  });

  it('with a personal access token, the comments of its user are ours, not the bot\'s', { timeout: 120_000 }, async () => {
    const marker = commentMarker('builtin:recommended', ['report.csv']);
    github.identity = { kind: 'user', login: 'alice' };
    try {
      const bots = github.seed('acme', 'infra', 13, `${marker}\nwritten by the workflow token`, 'github-actions[bot]');
      const workspace = workspaceWith(() => undefined);
      await run(workspace, 'ghp_alice', 13);
      await run(workspace, 'ghp_alice', 13);
      const comments = github.comments('acme', 'infra', 13);
      expect(comments).toHaveLength(2);
      expect(comments[0]).toMatchObject({ id: bots.id, body: bots.body });
      expect(comments[1]?.user.login).toBe('alice');
      expect(comments[1]?.updated_at).not.toBe(comments[1]?.created_at);
    } finally {
      github.identity = { kind: 'app', login: 'github-actions[bot]' };
    }
  });
});
