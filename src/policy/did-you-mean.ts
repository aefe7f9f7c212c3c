/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), so `acess` →
 * `access` and `max_dyas` → `max_days` each cost one edit.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows; i++) {
    const row = d[i];
    if (row === undefined) continue;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The candidate closest to `word`, when it is close enough to be what the user meant: at most a
 * third of the word's length in edits (at least one), compared case-insensitively, or else the
 * first candidate that `word` begins (`warn` → `warning`). Ties go to the candidate listed first.
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const wanted = word.toLowerCase();
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (bestDistance <= limit) return best;
  if (wanted.length < 3) return undefined;
  return candidates.find((candidate) => candidate.toLowerCase().startsWith(wanted));
}

/** ` — did you mean 'x'?` when a candidate is close, else `fallback` (which may be empty). */
export function didYouMean(word: string, candidates: readonly string[], fallback = ''): string {
  const match = closestMatch(word, candidates);
  return match === undefined ? fallback : ` — did you mean '${match}'?`;
}
