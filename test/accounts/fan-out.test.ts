import { describe, expect, it } from 'vitest';
import type { AccountTarget } from '../../src/accounts/account-targets';
import { fanOut, type AccountProgress } from '../../src/accounts/fan-out';
import { UserError } from '../../src/user-error';

function targets(count: number): AccountTarget[] {
  return Array.from({ length: count }, (_, index) => {
    const accountId = String(111111111111 + index);
    return { accountId, roleArn: `arn:aws:iam::${accountId}:role/GateReader` };
  });
}

/** A promise per account that the test settles by hand, so order and overlap are under its control. */
function gates(ids: string[]) {
  const waiting = new Map<string, { resolve: () => void; reject: (error: unknown) => void }>();
  const started: string[] = [];
  const work = (target: AccountTarget) =>
    new Promise<string>((resolve, reject) => {
      started.push(target.accountId);
      waiting.set(target.accountId, { resolve: () => resolve(`report of ${target.accountId}`), reject });
    });
  const settle = async (id: string, error?: unknown) => {
    for (let i = 0; i < 20 && !waiting.has(id); i += 1) await new Promise((resolve) => setImmediate(resolve));
    const entry = waiting.get(id);
    if (!entry) throw new Error(`${id} never started (started: ${started.join(', ')}; all: ${ids.join(', ')})`);
    if (error === undefined) entry.resolve();
    else entry.reject(error);
  };
  return { work, settle, started };
}

describe('fanOut', () => {
  it('never has more than `concurrency` accounts in flight, and returns results in account order', async () => {
    const all = targets(5);
    const ids = all.map((t) => t.accountId);
    const { work, settle, started } = gates(ids);
    const states: AccountProgress[] = [];
    const running = fanOut({ targets: all, concurrency: 2, work, progress: (state) => states.push(state) });

    await settle(ids[1] ?? '');
    await settle(ids[0] ?? '');
    await settle(ids[3] ?? '');
    await settle(ids[2] ?? '');
    await settle(ids[4] ?? '');
    const results = await running;

    expect(Math.max(...states.map((state) => state.current.length))).toBe(2);
    expect(started).toEqual(ids);
    expect(results.map((result) => (result.ok ? result.value : result.error))).toEqual(
      ids.map((id) => `report of ${id}`),
    );
    expect(states.at(-1)).toEqual({ done: 5, total: 5, current: [] });
  });

  it('turns a UserError into that account’s error while the others complete', async () => {
    const all = targets(3);
    const results = await fanOut({
      targets: all,
      concurrency: 3,
      work: async (target) => {
        if (target.accountId === '111111111112') throw new UserError('AccessDenied: not authorized to perform sts:AssumeRole');
        return target.accountId;
      },
    });
    expect(results).toEqual([
      { target: all[0], ok: true, value: '111111111111' },
      { target: all[1], ok: false, error: 'AccessDenied: not authorized to perform sts:AssumeRole' },
      { target: all[2], ok: true, value: '111111111113' },
    ]);
  });

  it('lets every account finish, then throws our own bug with its stack', async () => {
    const all = targets(3);
    const finished: string[] = [];
    const bug = new TypeError('cannot read properties of undefined');
    await expect(
      fanOut({
        targets: all,
        concurrency: 1,
        work: async (target) => {
          if (target.accountId === '111111111111') throw bug;
          finished.push(target.accountId);
          return target.accountId;
        },
      }),
    ).rejects.toBe(bug);
    expect(finished).toEqual(['111111111112', '111111111113']);
  });

  it('reports progress as n of N with the accounts in flight', async () => {
    const all = targets(2);
    const states: AccountProgress[] = [];
    await fanOut({ targets: all, concurrency: 1, work: async () => 'ok', progress: (state) => states.push(state) });
    expect(states).toEqual([
      { done: 0, total: 2, current: [] },
      { done: 0, total: 2, current: ['111111111111'] },
      { done: 1, total: 2, current: [] },
      { done: 1, total: 2, current: ['111111111112'] },
      { done: 2, total: 2, current: [] },
    ]);
  });
});
