import type { Shard } from '../settings/settings';
import { sortTargets, type AccountTarget } from './account-targets';

/**
 * The K-th of N contiguous slices of the account list sorted by account id. Slices differ in size by
 * at most one, together cover every account exactly once, and depend only on the set of accounts
 * (not on the order they were listed or returned by Organizations), so every job of a matrix
 * computes the same partition. Contiguous slices of the sorted ids, rather than index mod N, keep
 * neighbouring accounts together, so a shard's documents read in id order.
 */
export function selectShard(targets: readonly AccountTarget[], shard: Shard): AccountTarget[] {
  const sorted = sortTargets(targets);
  const start = Math.floor(((shard.index - 1) * sorted.length) / shard.count);
  const end = Math.floor((shard.index * sorted.length) / shard.count);
  return sorted.slice(start, end);
}
