import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GateLogger } from '../../src/logger';
import { commentMarker, commentPlan, renderPrComment, upsertPrComment } from '../../src/output/pr-comment';
import { createRedactor } from '../../src/output/redact';
import { startGitHubServer, type GitHubServer } from '../support/github-server';
import { buildOutcome, finding, largeOutcome, sampleOutcome } from '../support/outcome-builder';

const RUN_URL = 'https://github.com/acme/infra/actions/runs/42';
const OWNER = 'acme';
const REPO = 'infra';

function collectingLogger(): GateLogger & { infos: string[]; warnings: string[] } {
  const infos: string[] = [];
  const warnings: string[] = [];
  return { infos, warnings, info: (m) => infos.push(m), warning: (m) => warnings.push(m), debug: () => undefined };
}

describe('renderPrComment', () => {
  it('renders verdict, counts, the most important findings and a link to the run', async () => {
    const { body, marker } = renderPrComment(sampleOutcome(), { redact: createRedactor(false), runUrl: RUN_URL });
    expect(body.startsWith(`${marker}\n`)).toBe(true);
    expect(body).toContain(`[Full report in the workflow run](${RUN_URL})`);
    await expect(body).toMatchFileSnapshot('../fixtures/output/pr-comment-sample.md');
  });

  it('lists at most 20 findings and stays far below GitHub’s 65,536 characters for 5 000 users', () => {
    const { body } = renderPrComment(largeOutcome(5000, 3), { redact: createRedactor(false), runUrl: RUN_URL });
    expect(body.length).toBeLessThan(20_000);
    expect(body).toContain('… and 14,980 more findings in the job summary.');
  });

  it('marks one comment per policy and account set', () => {
    const marker = commentMarker('.github/iam-policy.yml', ['123456789012']);
    expect(marker).toMatch(/^<!-- iam-credential-gate:[0-9a-f]{16} -->$/);
    expect(commentMarker('.github/iam-policy.yml', ['123456789012'])).toBe(marker);
    expect(commentMarker('.github/iam-policy.yml', ['210987654321', '123456789012'])).toBe(
      commentMarker('.github/iam-policy.yml', ['123456789012', '210987654321']),
    );
    expect(commentMarker('builtin:strict', ['123456789012'])).not.toBe(marker);
    expect(commentMarker('.github/iam-policy.yml', ['210987654321'])).not.toBe(marker);
    expect(renderPrComment(sampleOutcome(), { redact: createRedactor(false), runUrl: null }).marker).toBe(marker);
  });

  it('uses a marker it is given', () => {
    const { body, marker } = renderPrComment(buildOutcome(), {
      redact: createRedactor(false),
      runUrl: null,
      marker: '<!-- iam-credential-gate:custom -->',
    });
    expect(marker).toBe('<!-- iam-credential-gate:custom -->');
    expect(body.startsWith(marker)).toBe(true);
    expect(body).toContain('The full report is in the job summary of the workflow run.');
  });

  it('escapes report values', () => {
    const outcome = buildOutcome({
      findings: [finding({ rule: 'mfa-for-console', user: '@security-team|x', message: 'x' })],
    });
    const { body } = renderPrComment(outcome, { redact: createRedactor(false), runUrl: null });
    expect(body).toContain('`@security-team\\|x`');
  });
});

describe('commentPlan', () => {
  it('comments on pull request events only', () => {
    expect(commentPlan('always', 'push', 'fail')).toBe('none');
    expect(commentPlan('always', 'schedule', 'fail')).toBe('none');
    expect(commentPlan('off', 'pull_request', 'fail')).toBe('none');
    expect(commentPlan('always', 'pull_request_target', 'pass')).toBe('create-or-update');
  });

  it('on-failure creates on failure and only updates an earlier comment when the run passes', () => {
    expect(commentPlan('on-failure', 'pull_request', 'fail')).toBe('create-or-update');
    expect(commentPlan('on-failure', 'pull_request', 'error')).toBe('create-or-update');
    expect(commentPlan('on-failure', 'pull_request', 'pass')).toBe('update-only');
  });
});

describe('upsertPrComment against a loopback GitHub API', () => {
  let server: GitHubServer;
  const marker = commentMarker('.github/iam-policy.yml', ['123456789012']);

  beforeAll(async () => {
    server = await startGitHubServer();
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => {
    vi.stubEnv('GITHUB_API_URL', server.url);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    server.failReads = null;
    server.failWrites = null;
    server.identity = { kind: 'app', login: 'github-actions[bot]' };
  });

  let issue = 100;
  function request(body: string, overrides: Partial<Parameters<typeof upsertPrComment>[0]> = {}) {
    return { token: 'ghs_test', owner: OWNER, repo: REPO, issueNumber: issue, body, marker, log: collectingLogger(), ...overrides };
  }

  beforeEach(() => {
    issue += 1;
  });

  it('creates the comment, then updates it in place: never a duplicate', async () => {
    const first = await upsertPrComment(request(`${marker}\nfirst`));
    expect(first).toMatchObject({ action: 'created' });
    const second = await upsertPrComment(request(`${marker}\nsecond`));
    expect(second).toMatchObject({ action: 'updated' });
    const comments = server.comments(OWNER, REPO, issue);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toBe(`${marker}\nsecond`);
    expect(server.requests.at(-1)?.authorization).toBe('token ghs_test');
  });

  it('finds its comment on a later page among other comments', async () => {
    for (let index = 0; index < 150; index += 1) server.seed(OWNER, REPO, issue, `review comment ${index}`);
    const ours = server.seed(OWNER, REPO, issue, `${marker}\nold`, 'github-actions[bot]');
    for (let index = 0; index < 30; index += 1) server.seed(OWNER, REPO, issue, `later comment ${index}`);
    const result = await upsertPrComment(request(`${marker}\nnew`));
    expect(result).toMatchObject({ action: 'updated', id: ours.id });
    expect(server.comments(OWNER, REPO, issue)).toHaveLength(181);
    expect(server.comments(OWNER, REPO, issue).find((comment) => comment.id === ours.id)?.body).toBe(`${marker}\nnew`);
  });

  it('leaves a comment of another policy or account set alone', async () => {
    const other = commentMarker('builtin:strict', ['123456789012']);
    server.seed(OWNER, REPO, issue, `${other}\nstrict`, 'github-actions[bot]');
    await upsertPrComment(request(`${marker}\nours`));
    expect(server.comments(OWNER, REPO, issue).map((comment) => comment.body)).toEqual([`${other}\nstrict`, `${marker}\nours`]);
  });

  it('only updates when asked not to create', async () => {
    const skipped = await upsertPrComment(request(`${marker}\npassing now`, { create: false }));
    expect(skipped).toEqual({ action: 'skipped', reason: 'no comment to update' });
    expect(server.comments(OWNER, REPO, issue)).toHaveLength(0);
    server.seed(OWNER, REPO, issue, `${marker}\nfailing`, 'github-actions[bot]');
    expect(await upsertPrComment(request(`${marker}\npassing now`, { create: false }))).toMatchObject({ action: 'updated' });
  });

  it('warns and carries on when the token may not write (a fork, no pull-requests: write)', async () => {
    server.failWrites = 403;
    const log = collectingLogger();
    const result = await upsertPrComment(request(`${marker}\nbody`, { log }));
    expect(result.action).toBe('skipped');
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toMatch(/HTTP 403: the token may not write to this pull request/);
    expect(log.warnings[0]).toContain('pull-requests: write');
    expect(server.comments(OWNER, REPO, issue)).toHaveLength(0);
  });

  it('warns and carries on when the pull request cannot be read (404)', async () => {
    server.failReads = 404;
    const log = collectingLogger();
    await expect(upsertPrComment(request(`${marker}\nbody`, { log }))).resolves.toMatchObject({ action: 'skipped' });
    expect(log.warnings[0]).toMatch(/HTTP 404/);
  });

  it('warns on any other failure instead of throwing', async () => {
    server.failWrites = 500;
    const log = collectingLogger();
    await expect(upsertPrComment(request(`${marker}\nbody`, { log }))).resolves.toMatchObject({ action: 'skipped' });
    expect(log.warnings[0]).toMatch(/^Could not write the pull request comment/);
  });

  describe('the comment is ours alone', () => {
    it('never edits a comment another user planted with our marker: it writes its own (workflow token)', async () => {
      const planted = server.seed(OWNER, REPO, issue, `${marker}\n✅ all good, merge away`, 'mallory');
      const log = collectingLogger();
      const result = await upsertPrComment(request(`${marker}\nthe real verdict`, { log }));
      expect(result).toMatchObject({ action: 'created' });
      const comments = server.comments(OWNER, REPO, issue);
      expect(comments).toHaveLength(2);
      expect(comments[0]).toMatchObject({ id: planted.id, body: `${marker}\n✅ all good, merge away` });
      expect(comments[1]).toMatchObject({ body: `${marker}\nthe real verdict`, user: { login: 'github-actions[bot]' } });
      expect(server.requests.some((r) => r.method === 'PATCH' && r.path.endsWith(`/comments/${planted.id}`))).toBe(false);
      expect(log.infos.some((line) => /1 comment\(s\) carry this gate's marker but were not written by github-actions\[bot\]/.test(line))).toBe(true);

      // The next run updates the comment it wrote, still not the planted one.
      expect(await upsertPrComment(request(`${marker}\nsecond run`))).toMatchObject({ action: 'updated', id: comments[1]?.id });
      expect(server.comments(OWNER, REPO, issue).map((comment) => comment.body)).toEqual([
        `${marker}\n✅ all good, merge away`,
        `${marker}\nsecond run`,
      ]);
    });

    it('with only update allowed, leaves a planted comment alone and writes nothing', async () => {
      server.seed(OWNER, REPO, issue, `${marker}\nplanted`, 'mallory');
      expect(await upsertPrComment(request(`${marker}\npassing`, { create: false }))).toEqual({
        action: 'skipped',
        reason: 'no comment to update',
      });
      expect(server.comments(OWNER, REPO, issue).map((comment) => comment.body)).toEqual([`${marker}\nplanted`]);
    });

    it('a user named like the bot is not the bot', async () => {
      server.seed(OWNER, REPO, issue, `${marker}\nplanted`, 'github-actions');
      expect(await upsertPrComment(request(`${marker}\nours`))).toMatchObject({ action: 'created' });
    });

    it('finds the bot whether GraphQL names it with [bot] or without, or not at all', async () => {
      for (const identity of [
        { kind: 'app' as const, login: 'github-actions[bot]', viewerLogin: 'github-actions' },
        { kind: 'app' as const, login: 'github-actions[bot]', graphqlFails: true },
      ]) {
        issue += 1;
        server.identity = identity;
        const ours = server.seed(OWNER, REPO, issue, `${marker}\nold`, 'github-actions[bot]');
        server.seed(OWNER, REPO, issue, `${marker}\nplanted`, 'mallory');
        expect(await upsertPrComment(request(`${marker}\nnew`))).toMatchObject({ action: 'updated', id: ours.id });
      }
    });

    it("a GitHub App's token owns its bot's comments, not github-actions[bot]'s", async () => {
      server.identity = { kind: 'app', login: 'iam-gate-app[bot]' };
      server.seed(OWNER, REPO, issue, `${marker}\nby the workflow token`, 'github-actions[bot]');
      const ours = server.seed(OWNER, REPO, issue, `${marker}\nby the app`, 'iam-gate-app[bot]');
      expect(await upsertPrComment(request(`${marker}\nnew`))).toMatchObject({ action: 'updated', id: ours.id });
    });

    it('a personal access token owns the comments of its user only', async () => {
      server.identity = { kind: 'user', login: 'alice' };
      server.seed(OWNER, REPO, issue, `${marker}\nby the workflow token`, 'github-actions[bot]');
      server.seed(OWNER, REPO, issue, `${marker}\nplanted`, 'mallory');
      const created = await upsertPrComment(request(`${marker}\nfirst`, { token: 'ghp_alice' }));
      expect(created).toMatchObject({ action: 'created' });
      const mine = server.comments(OWNER, REPO, issue).at(-1);
      expect(mine?.user).toEqual({ login: 'alice', id: server.userId('alice'), type: 'User' });
      expect(await upsertPrComment(request(`${marker}\nsecond`, { token: 'ghp_alice' }))).toMatchObject({
        action: 'updated',
        id: mine?.id,
      });
      expect(server.comments(OWNER, REPO, issue).map((comment) => comment.body)).toEqual([
        `${marker}\nby the workflow token`,
        `${marker}\nplanted`,
        `${marker}\nsecond`,
      ]);
      expect(server.requests.some((r) => r.path === '/user' && r.authorization === 'token ghp_alice')).toBe(true);
    });
  });
});
