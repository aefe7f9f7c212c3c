/**
 * Multi-account runs end to end through runGate, with the real SDK over HTTP against the loopback
 * IAM/STS/Organizations server. Backoff sleeps are virtual (instant); nothing here measures time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AccountProgress } from '../../src/accounts/fan-out';
import { openAwsAccounts } from '../../src/accounts/aws-accounts';
import type { ProgressSink } from '../../src/accounts/progress-line';
import { mergeFindingsDocuments } from '../../src/merge/merge-documents';
import { runGate, type GateDependencies, type GateRun } from '../../src/run/run-gate';
import { parseSettings, type RawInputs } from '../../src/settings/settings';
import { TOOL_VERSION } from '../../src/version';
import { isolatedAwsEnv, useEnv } from '../support/aws-env';
import { fakeClock, type FakeClock } from '../support/aws-fake-clock';
import {
  firstOf,
  listAccountsHandler,
  memberRoles,
  organizationsErrors,
  throttleAccount,
  type OrgAccount,
} from '../support/aws-org-server';
import { startAwsServer, type AwsServer } from '../support/aws-server';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'accounts');
const HUB_KEY = 'AKIAHUBEXAMPLE000001';
const HUB_ACCOUNT = '999999999999';
const ROLE = 'GateReader';
const NOW = '2026-11-20T12:00:00Z';

const SANDBOX = '111111111111';
const DENIED = '222222222222';
const THROTTLED = '333333333333';
const SLOW = '444444444444';
/** Organization members: ACTIVE ones, and others that must be skipped. */
const ORG: OrgAccount[] = [
  ...Array.from({ length: 22 }, (_, i): OrgAccount => ({ id: String(500000000000 + i * 1001), state: 'ACTIVE' })),
  { id: '600000000001', state: 'SUSPENDED', status: 'SUSPENDED' },
  { id: '600000000002', state: 'CLOSED' },
  { id: '600000000003', state: 'PENDING_CLOSURE', status: 'PENDING_CLOSURE' },
  // Responses from before `State` existed carry only `Status`.
  { id: '600000000004', status: 'ACTIVE' },
  { id: '600000000005', status: 'SUSPENDED' },
];
const ORG_ACTIVE = ORG.filter((a) => (a.state ?? a.status) === 'ACTIVE').map((a) => a.id);
/** An ACTIVE member whose role does not trust the hub. */
const ORG_DENIED = '500000010010';
const ALL_ACCOUNTS = [SANDBOX, DENIED, THROTTLED, SLOW, ...ORG.map((a) => a.id)];

/** alice's password is unused for 50 days (password-unused); deploy-bot is fine. */
const MEMBER_CSV = readFileSync(join(FIXTURES, 'member-report.csv'), 'utf8');
function memberCsv(account: string): string {
  return MEMBER_CSV.replaceAll('000000000000', account);
}

let server: AwsServer;
let clock: FakeClock;
let restoreEnv: () => void = () => undefined;

beforeAll(async () => {
  server = await startAwsServer({
    now: () => clock.clock.now(),
    roles: memberRoles(ALL_ACCOUNTS, ROLE, [DENIED, ORG_DENIED]),
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
  for (const id of ALL_ACCOUNTS) server.account(id, { nextCsv: memberCsv(id) });
  restoreEnv = useEnv(
    isolatedAwsEnv({
      AWS_ENDPOINT_URL: server.url,
      AWS_ACCESS_KEY_ID: HUB_KEY,
      AWS_SECRET_ACCESS_KEY: 'hubsecretEXAMPLEKEY0000000000000000000000',
    }),
  );
});

afterEach(() => {
  restoreEnv();
});

function settings(inputs: RawInputs) {
  return parseSettings(
    { policy: 'policy.yml', 'member-role-name': ROLE, now: NOW, concurrency: '2', ...inputs },
    Date.parse(NOW),
    FIXTURES,
  );
}

function deps(extra: Partial<GateDependencies> = {}): GateDependencies & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    log: {
      info: (message) => lines.push(message),
      warning: (message) => lines.push(`warning: ${message}`),
      debug: () => undefined,
    },
    getIdToken: null,
    mask: () => undefined,
    openAccounts: (request) => openAwsAccounts({ ...request, clock: clock.clock }),
    ...extra,
  };
}

function iamCallsOf(account: string): number {
  return server.calls.filter((call) => call.service === 'iam' && call.account === account).length;
}

function assumed(): string[] {
  return server.callsTo('AssumeRole').map((call) => call.params.RoleArn ?? '');
}

describe('a run over listed accounts', () => {
  it('evaluates every account it can and names the one that failed', async () => {
    server.handle('iam', firstOf(throttleAccount(THROTTLED, 3)));
    server.account(SLOW, { pollsUntilComplete: 8 });
    const run = await runGate(settings({ accounts: [SLOW, THROTTLED, DENIED, SANDBOX].join('\n') }), deps());
    const { document } = run;

    expect(document.verdict).toBe('error');
    expect(document.errors).toHaveLength(1);
    expect(document.errors[0]).toMatch(
      /^Account 222222222222: Could not assume role arn:aws:iam::222222222222:role\/GateReader .*AccessDenied/,
    );
    expect(document.reports).toEqual(
      [SANDBOX, THROTTLED, SLOW].map((account) => ({
        account,
        generatedAt: expect.any(String) as string,
        source: 'aws',
        users: 3,
      })),
    );
    // Findings carry their account, and the exemption limited to the sandbox applies there only.
    const alice = document.findings.filter((f) => f.rule === 'password-unused' && f.user === 'alice');
    expect(alice.map((f) => [f.account, f.exempted])).toEqual([
      [SANDBOX, true],
      [THROTTLED, false],
      [SLOW, false],
    ]);
    expect(document.counts.error).toBe(2);
  });

  it('gives each account its own time budget: one that never finishes times out alone', async () => {
    // Generation never completes in the slow account; one account at a time keeps virtual time apart.
    server.account(SLOW, { pollsUntilComplete: 10_000 });
    const run = await runGate(
      settings({ accounts: [SANDBOX, SLOW, THROTTLED].join(','), concurrency: '1', 'max-wait-seconds': '60' }),
      deps(),
    );
    expect(run.document.verdict).toBe('error');
    expect(run.document.errors).toEqual([
      expect.stringMatching(/^Account 444444444444: Could not get the IAM credential report within max-wait-seconds \(60 s\)/),
    ]);
    expect(run.document.reports.map((report) => report.account)).toEqual([SANDBOX, THROTTLED]);
  });

  it('backs off only the throttled account', async () => {
    server.handle('iam', firstOf(throttleAccount(THROTTLED, 3)));
    server.account(SLOW, { pollsUntilComplete: 8 });
    await runGate(settings({ accounts: [SANDBOX, THROTTLED, SLOW].join(',') }), deps());
    const normal = iamCallsOf(SANDBOX);
    expect(normal).toBeGreaterThan(0);
    expect(iamCallsOf(THROTTLED)).toBe(normal + 3);
    expect(iamCallsOf(SLOW)).toBe(normal + 7);
  });

  it('assumes each member role from the hub identity, with at most `concurrency` accounts at once', async () => {
    const states: AccountProgress[] = [];
    const progress: ProgressSink = { update: (state) => states.push(state), clear: () => undefined, redraw: () => undefined };
    await runGate(settings({ accounts: [SANDBOX, THROTTLED, SLOW].join(','), concurrency: '2' }), deps({ progress }));
    const calls = server.callsTo('AssumeRole');
    expect(calls.map((call) => call.account)).toEqual([HUB_ACCOUNT, HUB_ACCOUNT, HUB_ACCOUNT]);
    expect(new Set(assumed())).toEqual(new Set([SANDBOX, THROTTLED, SLOW].map((id) => `arn:aws:iam::${id}:role/${ROLE}`)));
    expect(Math.max(...states.map((state) => state.current.length))).toBe(2);
    expect(states.at(-1)).toEqual({ done: 3, total: 3, current: [] });
  });

  it('drops the CSV once evaluated unless save-report asks for it', async () => {
    const without = await runGate(settings({ accounts: `${SANDBOX},${THROTTLED}` }), deps());
    expect(without.reports.map((report) => [report.content, report.input.rows.length])).toEqual([
      ['', 0],
      ['', 0],
    ]);
    const kept = await runGate(settings({ accounts: `${SANDBOX},${THROTTLED}`, 'save-report': 'report.csv' }), deps());
    expect(kept.reports.map((report) => report.content.split('\n')[2]?.split(',')[1])).toEqual([
      `arn:aws:iam::${SANDBOX}:user/alice`,
      `arn:aws:iam::${THROTTLED}:user/alice`,
    ]);
  });

  it('prefixes each account’s log lines with its id', async () => {
    const gate = deps();
    await runGate(settings({ accounts: SANDBOX }), gate);
    expect(gate.lines).toContain(`[${SANDBOX}] 3 rows evaluated (5 IAM calls).`);
  });

  it('fails once, not once per account, when the hub has no credentials', async () => {
    restoreEnv();
    restoreEnv = useEnv(isolatedAwsEnv({ AWS_ENDPOINT_URL: server.url }));
    const run = await runGate(settings({ accounts: `${SANDBOX},${THROTTLED}` }), deps());
    expect(run.document.verdict).toBe('error');
    expect(run.document.errors).toHaveLength(1);
    expect(run.document.errors[0]).toMatch(/^No AWS credentials found/);
    expect(server.callsTo('AssumeRole')).toEqual([]);
  });
});

describe('a run over the organization', () => {
  beforeEach(() => {
    server.handle('organizations', listAccountsHandler(ORG, 10));
  });

  it('lists every page and evaluates the ACTIVE accounts only', async () => {
    const run = await runGate(settings({ accounts: 'organization', concurrency: '4' }), deps());
    const listing = server.callsTo('ListAccounts');
    expect(listing.map((call) => (call.json as { NextToken?: string }).NextToken !== undefined)).toEqual([
      false,
      true,
      true,
    ]);
    expect(listing.every((call) => call.account === HUB_ACCOUNT)).toBe(true);
    expect(run.document.verdict).toBe('error');
    expect(run.document.errors).toEqual([expect.stringMatching(/^Account 500000010010: .*AccessDenied/)]);
    expect(run.document.reports.map((report) => report.account)).toEqual(
      ORG_ACTIVE.filter((id) => id !== ORG_DENIED).sort(),
    );
    expect(assumed().sort()).toEqual(ORG_ACTIVE.map((id) => `arn:aws:iam::${id}:role/${ROLE}`).sort());
  });

  it('says what the hub needs when it may not list the organization', async () => {
    server.handle('organizations', () => organizationsErrors.accessDenied());
    const run = await runGate(settings({ accounts: 'organization' }), deps());
    expect(run.document.verdict).toBe('error');
    expect(run.document.errors).toEqual([
      expect.stringMatching(/^Could not list the accounts of the organization as .*organizations:ListAccounts answered AccessDeniedException.*management account/),
    ]);
  });

  it('evaluates a stable slice per shard, and the merged shards equal one run', async () => {
    const one = await runGate(settings({ accounts: 'organization', 'fail-on': 'warning' }), deps());
    const shards: GateRun[] = [];
    const slices: string[][] = [];
    for (const k of [1, 2, 3]) {
      server.reset();
      server.handle('organizations', listAccountsHandler([...ORG].reverse(), 7));
      shards.push(await runGate(settings({ accounts: 'organization', shard: `${k}/3`, 'fail-on': 'warning' }), deps()));
      slices.push(assumed().map((arn) => arn.split(':')[4] ?? '').sort());
    }
    // 23 ACTIVE accounts in three contiguous slices of the sorted ids, whatever order the listing had.
    expect(slices.map((slice) => slice.length)).toEqual([7, 8, 8]);
    expect(slices.flat()).toEqual([...ORG_ACTIVE].sort());

    const merged = mergeFindingsDocuments(
      shards.map((shard, index) => ({ file: `shard-${index + 1}.json`, document: shard.document })),
      { failOn: 'warning', version: TOOL_VERSION },
    );
    expect(merged).toEqual(one.document);
    expect(merged.verdict).toBe('error');
    expect(shards.map((shard) => shard.document.verdict)).toContain('fail');
  });
});
