import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger';
import { BUILTIN_POLICY_NAMES } from '../../src/policy/builtin-policies';
import { runGate } from '../../src/run/run-gate';
import { parseSettings } from '../../src/settings/settings';
import { fixturePath, repoRoot } from '../report/report-test-files';

// The fixtures that reproduce real reports' quirks, each evaluated a few minutes after the day its
// dates end, as `npm run conformance` does with the real samples: real data is always evaluable.
const QUIRKS: Record<string, string> = {
  'legacy-duplicate-user.csv': '2016-11-24T00:00:00Z',
  'legacy-root-key-and-cert.csv': '2016-11-25T14:35:00Z',
  'hand-edited-dates.csv': '2021-02-04T15:30:00Z',
};

async function evaluateFixture(file: string, policy: string) {
  const settings = parseSettings(
    { 'report-file': fixturePath(file), policy, now: QUIRKS[file] ?? '' },
    Date.now(),
    repoRoot,
  );
  return (await runGate(settings, { log: silentLogger, getIdToken: null, mask: () => undefined })).document;
}

describe('reports with the quirks of real ones, under every builtin policy', () => {
  for (const file of Object.keys(QUIRKS)) {
    for (const name of BUILTIN_POLICY_NAMES) {
      it(`evaluates ${file} with builtin:${name}`, async () => {
        const document = await evaluateFixture(file, `builtin:${name}`);
        expect(document.errors).toEqual([]);
        expect(document.verdict).not.toBe('error');
      });
    }
  }

  it('finds the active root key and certificate, and not the inactive key that keeps its date', async () => {
    const document = await evaluateFixture('legacy-root-key-and-cert.csv', 'builtin:recommended');
    const root = document.findings.filter((finding) => finding.user === '<root_account>');
    expect(root.filter((finding) => finding.rule === 'root-access-keys').map((finding) => finding.credential)).toEqual([
      'access_key_1',
    ]);
    expect(root.map((finding) => finding.rule)).toContain('root-signing-certificates');
    expect(root.map((finding) => finding.rule)).toContain('root-mfa');
  });

  it('counts both rows of a duplicate user', async () => {
    const document = await evaluateFixture('legacy-duplicate-user.csv', 'builtin:recommended');
    expect(document.reports[0]?.users).toBe(7);
    const omar = document.findings.filter((finding) => finding.user === 'omar' && finding.rule === 'mfa-for-console');
    expect(omar).toHaveLength(2);
  });

  it('gives a key with a future date age 0 (no finding for its age)', async () => {
    const document = await evaluateFixture('hand-edited-dates.csv', 'builtin:recommended');
    expect(document.findings.filter((finding) => finding.rule === 'access-key-max-age')).toEqual([]);
  });
});
