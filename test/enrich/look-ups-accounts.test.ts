/**
 * The look-ups in a run over several accounts: each account's look-ups are made in that account
 * with its member role (so every member role needs the permissions), and a member role without
 * one fails that account by name while the others are still evaluated.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openAwsAccounts } from '../../src/accounts/aws-accounts';
import { runGate, type GateDependencies } from '../../src/run/run-gate';
import { parseSettings, type RawInputs } from '../../src/settings/settings';
import { isolatedAwsEnv, useEnv } from '../support/aws-env';
import { fakeClock, type FakeClock } from '../support/aws-fake-clock';
import { memberRoles } from '../support/aws-org-server';
import { iamErrors, startAwsServer, type AwsServer } from '../support/aws-server';
import { emptyDirectory, iamLookUpsHandler, type IamDirectory } from '../support/iam-lookups-server';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'accounts');
const HUB_KEY = 'AKIAHUBEXAMPLE000001';
const HUB_ACCOUNT = '999999999999';
const ROLE = 'GateReader';
const NOW = '2026-11-20T12:00:00Z';
const FIRST = '111111111111';
const SECOND = '222222222222';

/** alice's password is unused for 50 days (password-unused); deploy-bot is fine. */
const MEMBER_CSV = readFileSync(join(FIXTURES, 'member-report.csv'), 'utf8');

let server: AwsServer;
let clock: FakeClock;
let directories: Map<string, IamDirectory>;
let restoreEnv: () => void = () => undefined;

beforeAll(async () => {
  server = await startAwsServer({
    now: () => clock.clock.now(),
    roles: memberRoles([FIRST, SECOND], ROLE),
    staticKeys: { [HUB_KEY]: HUB_ACCOUNT },
    defaultAccount: HUB_ACCOUNT,
  });
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  clock = fakeClock({ start: Date.parse(NOW) });
  server.reset();
  server.accounts.clear();
  directories = new Map();
  for (const [account, team] of [[FIRST, 'team-one'], [SECOND, 'team-two']] as const) {
    server.account(account, { nextCsv: MEMBER_CSV.replaceAll('000000000000', account) });
    const directory = emptyDirectory({ users: new Set(['alice', 'deploy-bot']) });
    directory.tags.set('alice', [{ key: 'owner', value: team }]);
    directories.set(account, directory);
  }
  server.handle('iam', (call, api) => {
    const directory = directories.get(call.account ?? '');
    return directory === undefined ? undefined : iamLookUpsHandler(directory, call.account ?? '')(call, api);
  });
  restoreEnv = useEnv(
    isolatedAwsEnv({ AWS_ENDPOINT_URL: server.url, AWS_ACCESS_KEY_ID: HUB_KEY, AWS_SECRET_ACCESS_KEY: 'hubsecretEXAMPLEKEY0000000000000000000000' }),
  );
});

afterEach(() => {
  restoreEnv();
});

function settings(inputs: RawInputs) {
  return parseSettings(
    { policy: 'builtin:recommended', 'member-role-name': ROLE, now: NOW, accounts: `${FIRST}\n${SECOND}`, enrich: 'user-tags', ...inputs },
    Date.parse(NOW),
    FIXTURES,
  );
}

function deps(): GateDependencies {
  return {
    log: { info: () => undefined, warning: () => undefined, debug: () => undefined },
    getIdToken: null,
    mask: () => undefined,
    openAccounts: (request) => openAwsAccounts({ ...request, clock: clock.clock }),
  };
}

describe('look-ups over several accounts', () => {
  it("makes each account's look-ups with its member role, and gives its findings their owners", async () => {
    const run = await runGate(settings({}), deps());
    expect(run.document.errors).toEqual([]);
    expect(run.document.findings.map((finding) => [finding.account, finding.user, finding.rule, finding.owner])).toEqual([
      [FIRST, 'alice', 'password-unused', 'team-one'],
      [SECOND, 'alice', 'password-unused', 'team-two'],
    ]);
    const tagCalls = server.callsTo('ListUserTags');
    expect(tagCalls.map((call) => [call.account, call.params.UserName])).toEqual(
      expect.arrayContaining([
        [FIRST, 'alice'],
        [SECOND, 'alice'],
      ]),
    );
    expect(tagCalls).toHaveLength(2);
    // Signed with the member roles' credentials, never the hub's.
    expect(tagCalls.every((call) => call.accessKeyId !== HUB_KEY)).toBe(true);
  });

  it('fails the account whose member role lacks the permission, naming it, and evaluates the others', async () => {
    const fallback = iamLookUpsHandler(directories.get(FIRST) ?? emptyDirectory(), FIRST);
    server.handle('iam', (call, api) => {
      if (call.account === SECOND && call.action === 'ListUserTags') return iamErrors.accessDenied('ListUserTags');
      if (call.account === FIRST) return fallback(call, api);
      return undefined;
    });
    const run = await runGate(settings({}), deps());
    expect(run.document.verdict).toBe('error');
    expect(run.document.errors).toHaveLength(1);
    expect(run.document.errors[0]).toMatch(/^Account 222222222222: AWS denied iam:ListUserTags to role arn:aws:iam::222222222222:role\/GateReader, which enrich: user-tags needs/);
    expect(run.document.findings.map((finding) => [finding.account, finding.owner])).toEqual([[FIRST, 'team-one']]);
  });
});
