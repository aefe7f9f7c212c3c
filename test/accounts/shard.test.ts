import { describe, expect, it } from 'vitest';
import type { AccountTarget } from '../../src/accounts/account-targets';
import { selectShard } from '../../src/accounts/shard';

function targets(count: number): AccountTarget[] {
  return Array.from({ length: count }, (_, index) => {
    const accountId = String(100000000000 + index * 7919);
    return { accountId, roleArn: `arn:aws:iam::${accountId}:role/GateReader` };
  });
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

describe('selectShard', () => {
  it('splits the sorted ids into contiguous slices that cover every account exactly once', () => {
    const all = targets(10);
    const slices = [1, 2, 3].map((index) => selectShard(all, { index, count: 3 }).map((t) => t.accountId));
    expect(slices.map((slice) => slice.length)).toEqual([3, 3, 4]);
    expect(slices.flat()).toEqual(all.map((t) => t.accountId).sort());
  });

  it('gives every job of a matrix the same partition whatever order the accounts were listed in', () => {
    const all = targets(37);
    for (let index = 1; index <= 5; index += 1) {
      const expected = selectShard(all, { index, count: 5 });
      for (const seed of [1, 2, 3]) {
        expect(selectShard(shuffled(all, seed), { index, count: 5 })).toEqual(expected);
      }
    }
  });

  it('leaves some shards empty when there are more shards than accounts', () => {
    const all = targets(2);
    const sizes = [1, 2, 3, 4].map((index) => selectShard(all, { index, count: 4 }).length);
    expect(sizes).toEqual([0, 1, 0, 1]);
  });

  it('1/1 is the whole list, sorted', () => {
    const all = shuffled(targets(6), 9);
    expect(selectShard(all, { index: 1, count: 1 }).map((t) => t.accountId)).toEqual(
      all.map((t) => t.accountId).sort(),
    );
  });
});
