import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/evaluate/types';
import { buildSarif } from '../../src/output/sarif';
import { SARIF_RESULT_CAP } from '../../src/output/sarif-cap';
import { serializeSarif } from '../../src/output/sarif-text';
import { buildOutcome, finding, largeOutcome, report } from '../support/outcome-builder';

const TOOL = { toolVersion: '1.0.0' };

/** 40 000 findings: a warning and an error per user, and every 10th user an old key. */
function heavyOutcome(users = 20_000) {
  const findings: Finding[] = [];
  for (let i = 0; i < users; i += 1) {
    const user = `user-${String(i).padStart(6, '0')}`;
    findings.push(finding({ rule: 'password-unused', severity: 'warning', user, message: `${user} has not signed in for 100 days.` }));
    findings.push(
      finding({
        rule: 'access-key-max-age',
        user,
        credential: 'access_key_1',
        ageDays: i % 10 === 0 ? 900 : 100,
        limit: 90,
        message: `Access key 1 of ${user} is old.`,
      }),
    );
  }
  return buildOutcome({ findings, reports: [report({ users: users + 1 })] });
}

describe('the SARIF cap', () => {
  it('keeps at most 25 000 results, the most important, in document order, and says how many were left out', () => {
    const outcome = heavyOutcome();
    const log = buildSarif(outcome, TOOL);
    const [run] = log.runs;
    const results = run?.results ?? [];
    expect(results).toHaveLength(SARIF_RESULT_CAP.maxResults);
    // 20 000 errors first, then the warnings that fit.
    expect(results.filter((result) => result.level === 'error')).toHaveLength(20_000);
    expect(results.filter((result) => result.level === 'warning')).toHaveLength(5_000);
    const users = results.map((result) => String(result.properties.user));
    expect(users.filter((user) => user <= 'user-002499')).toHaveLength(2_500 * 2);
    expect(run?.properties).toMatchObject({ resultsTotal: 40_000, resultsOmitted: 15_000 });
    const notes = run?.invocations[0]?.toolExecutionNotifications ?? [];
    expect(notes).toHaveLength(1);
    expect(notes[0]?.level).toBe('warning');
    expect(notes[0]?.message.text).toContain('15,000 of 40,000 findings are not in this SARIF file');
    expect(notes[0]?.message.text).toContain('findings document (json-file) has every finding');
    expect(run?.invocations[0]?.executionSuccessful).toBe(true);
  });

  it('puts the oldest credentials first within a severity', () => {
    const log = buildSarif(heavyOutcome(), { ...TOOL, cap: { maxResults: 2_000 } });
    const ages = (log.runs[0]?.results ?? []).map((result) => result.properties.ageDays);
    expect(ages.every((age) => age === 900)).toBe(true);
  });

  it('stays under the gzip budget, measured on the text written', () => {
    const outcome = largeOutcome(5_000, 3, 64);
    const budget = 60_000;
    const log = buildSarif(outcome, { ...TOOL, cap: { maxGzipBytes: budget } });
    const [run] = log.runs;
    const kept = run?.results.length ?? 0;
    expect(kept).toBeGreaterThan(100);
    expect(kept).toBeLessThan(15_000);
    expect(run?.properties.resultsOmitted).toBe(15_000 - kept);
    const lines = (run?.results ?? []).map((result) => JSON.stringify(result)).join(',\n');
    expect(gzipSync(lines).length).toBeLessThanOrEqual(budget);
  });

  it('leaves a run within the limits as it was', () => {
    const log = buildSarif(largeOutcome(5_000, 3), TOOL);
    expect(log.runs[0]?.results).toHaveLength(15_000);
    expect(log.runs[0]?.properties.resultsOmitted).toBeUndefined();
    expect(log.runs[0]?.invocations[0]?.toolExecutionNotifications).toEqual([]);
  });

  it('a capped run of 100 000 users is well under 10 MB gzipped', () => {
    const log = buildSarif(largeOutcome(100_000, 1), TOOL);
    const text = serializeSarif(log);
    expect(log.runs[0]?.results).toHaveLength(25_000);
    expect(gzipSync(text).length).toBeLessThan(10_000_000);
  });
});

describe('serializeSarif', () => {
  it('is the same JSON as the log, one result per line', () => {
    const log = buildSarif(largeOutcome(50, 2), TOOL);
    const text = serializeSarif(log);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(log)));
    expect(text.split('\n').filter((line) => line.trimStart().startsWith('{"ruleId"'))).toHaveLength(100);
    expect(gunzipSync(gzipSync(text)).toString()).toBe(text);
  });

  it('writes an empty result list as []', () => {
    const log = buildSarif(buildOutcome({ findings: [] }), TOOL);
    expect(JSON.parse(serializeSarif(log))).toEqual(JSON.parse(JSON.stringify(log)));
  });
});
