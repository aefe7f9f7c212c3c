import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubServer, type GitHubServer } from '../support/github-server';
import { REPO_ROOT, runActionBundle } from '../support/run-bundle';

const EXAMPLE = readFileSync(join(REPO_ROOT, 'examples', 'credential-report.csv'), 'utf8');
const NOW = '2026-11-20T12:00:00Z';

describe('dist/index.js keeps one pull request comment up to date', () => {
  let github: GitHubServer;
  beforeAll(async () => {
    github = await startGitHubServer();
  });
  afterAll(async () => {
    await github.close();
  });

  function pullRequestEnv(workspace: string): Record<string, string> {
    const eventPath = join(workspace, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 7 } }));
    return {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/infra',
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_RUN_ID: '42',
      AWS_EC2_METADATA_DISABLED: 'true',
    };
  }

  async function run(inputs: Record<string, string>) {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const workspace = mkdtempSync(join(tmpdir(), 'icg-comment-'));
    return runActionBundle(
      { 'report-file': 'report.csv', now: NOW, 'github-token': 'test-token', ...inputs },
      { workspace, files: { 'report.csv': EXAMPLE }, env: pullRequestEnv(workspace) },
    );
  }

  it('creates the comment on failure, then updates the same one on the next run', async () => {
    const first = await run({ comment: 'on-failure' });
    expect(first.outputs.result).toBe('fail');
    const created = github.comments('acme', 'infra', 7).map((comment) => ({ ...comment }));
    expect(created).toHaveLength(1);
    expect(created[0]?.body).toContain('iam-credential-gate');
    expect(created[0]?.body).toContain('https://github.example/acme/infra/actions/runs/42');

    // The next run passes (fail-on never): on-failure updates the existing comment, never adds one.
    const second = await run({ comment: 'on-failure', 'fail-on': 'never' });
    expect(second.outputs.result).toBe('pass');
    const after = github.comments('acme', 'infra', 7);
    expect(after).toHaveLength(1);
    expect(after[0]?.id).toBe(created[0]?.id);
    expect(after[0]?.body).not.toBe(created[0]?.body);
    expect(github.requests.some((request) => request.authorization?.includes('test-token'))).toBe(true);
  });

  it('warns and keeps the verdict when the token may not comment (403)', async () => {
    github.failWrites = 403;
    try {
      const result = await run({ comment: 'always', policy: 'builtin:strict' });
      expect(result.outputs.result).toBe('fail');
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/::warning::.*comment/i);
    } finally {
      github.failWrites = null;
    }
  });
});
