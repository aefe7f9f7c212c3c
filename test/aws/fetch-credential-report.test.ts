import { describe, expect, it } from 'vitest';
import type { CredentialReportApi, GenerationState, RawCredentialReport } from '../../src/aws/credential-report-api';
import { fetchCredentialReport, formatAge } from '../../src/aws/fetch-credential-report';
import { RetryBudget } from '../../src/aws/retry-budget';
import { UserError } from '../../src/user-error';
import { fakeClock, type FakeClock } from '../support/aws-fake-clock';
import { sdkErrors } from '../support/aws-sdk-errors';

const HOUR = 3_600_000;
const CSV = 'user,arn\n<root_account>,arn:aws:iam::123456789012:root';

type Outcome<T> = T | Error | ((now: number) => T);

interface Script {
  get: Outcome<RawCredentialReport>[];
  generate: Outcome<GenerationState>[];
}

interface Recorder {
  api: CredentialReportApi;
  calls: { action: 'get' | 'generate'; at: number; timeoutMs: number }[];
}

function scriptedApi(fake: FakeClock, script: Script, fallback?: { get?: Outcome<RawCredentialReport>; generate?: Outcome<GenerationState> }): Recorder {
  const calls: Recorder['calls'] = [];
  const next = <T>(queue: Outcome<T>[], last: Outcome<T> | undefined, action: string): T => {
    const outcome = queue.length > 0 ? queue.shift() : last;
    if (outcome === undefined) throw new Error(`test script has no answer left for ${action}`);
    if (outcome instanceof Error) throw outcome;
    if (typeof outcome === 'function') return (outcome as (now: number) => T)(fake.clock.now());
    return outcome;
  };
  return {
    calls,
    api: {
      generate: async (timeoutMs) => {
        calls.push({ action: 'generate', at: fake.elapsed(), timeoutMs });
        return next(script.generate, fallback?.generate, 'generate');
      },
      get: async (timeoutMs) => {
        calls.push({ action: 'get', at: fake.elapsed(), timeoutMs });
        return next(script.get, fallback?.get, 'get');
      },
    },
  };
}

function collectingLog() {
  const lines: { level: 'info' | 'warning' | 'debug'; message: string }[] = [];
  return {
    lines,
    log: {
      info: (message: string) => lines.push({ level: 'info', message }),
      warning: (message: string) => lines.push({ level: 'warning', message }),
      debug: (message: string) => lines.push({ level: 'debug', message }),
    },
  };
}

/** A report generated `ageMs` before the moment it is read. */
const reportAged = (ageMs: number) => (now: number): RawCredentialReport => ({ content: CSV, generatedAt: now - ageMs });

function run(script: Script, options: { maxWaitSeconds?: number; maxReportAgeHours?: number; random?: () => number; fallback?: Parameters<typeof scriptedApi>[2] } = {}) {
  const fake = fakeClock(options.random === undefined ? {} : { random: options.random });
  const recorder = scriptedApi(fake, script, options.fallback);
  const { log, lines } = collectingLog();
  const budget = new RetryBudget(fake.clock, (options.maxWaitSeconds ?? 300) * 1000);
  const promise = fetchCredentialReport({
    api: recorder.api,
    budget,
    maxReportAgeHours: options.maxReportAgeHours ?? 4,
    log,
    identity: 'role arn:aws:iam::123456789012:role/gate',
  });
  return { fake, recorder, lines, promise };
}

async function failure(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the fetch to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('fetchCredentialReport', () => {
  it('uses a fresh existing report with exactly one call and no wait', async () => {
    const { recorder, fake, promise, lines } = run({ get: [reportAged(30 * 60_000)], generate: [] });
    const report = await promise;
    expect(report.content).toBe(CSV);
    expect(report.apiCalls).toBe(1);
    expect(report.generated).toBe(false);
    expect(recorder.calls.map((c) => c.action)).toEqual(['get']);
    expect(fake.sleeps).toEqual([]);
    expect(lines.some((l) => l.message.includes('30 minutes ago'))).toBe(true);
  });

  it('accepts a report exactly at the age limit', async () => {
    const { recorder, promise } = run({ get: [reportAged(4 * HOUR)], generate: [] });
    await promise;
    expect(recorder.calls).toHaveLength(1);
  });

  it('regenerates a report older than max_report_age_hours, polling until COMPLETE', async () => {
    const { recorder, fake, promise, lines } = run({
      get: [reportAged(5 * HOUR), reportAged(1000)],
      generate: ['STARTED', 'INPROGRESS', 'COMPLETE'],
    });
    const report = await promise;
    expect(recorder.calls.map((c) => c.action)).toEqual(['get', 'generate', 'generate', 'generate', 'get']);
    expect(report.apiCalls).toBe(5);
    expect(report.generated).toBe(true);
    // A 300 ms poll after STARTED and after INPROGRESS, no wait before the first Generate or after COMPLETE.
    expect(fake.sleeps).toEqual([300, 300]);
    expect(lines.some((l) => l.message.includes('5 hours old'))).toBe(true);
    expect(lines.filter((l) => l.level === 'warning')).toEqual([]);
  });

  it('generates when no report exists (ReportNotPresent)', async () => {
    const { recorder, promise } = run({
      get: [sdkErrors.notPresent(), reportAged(0)],
      generate: ['STARTED', 'COMPLETE'],
    });
    const report = await promise;
    expect(recorder.calls.map((c) => c.action)).toEqual(['get', 'generate', 'generate', 'get']);
    expect(report.generated).toBe(true);
  });

  it('generates when the report has expired (ReportExpired)', async () => {
    const { recorder, promise } = run({
      get: [sdkErrors.expired(), reportAged(0)],
      generate: ['STARTED', 'INPROGRESS', 'INPROGRESS', 'COMPLETE'],
    });
    await promise;
    expect(recorder.calls.map((c) => c.action)).toEqual(['get', 'generate', 'generate', 'generate', 'generate', 'get']);
  });

  it('waits and polls when another generation is already running (ReportInProgress first)', async () => {
    const { recorder, fake, promise } = run({
      get: [sdkErrors.inProgress(), reportAged(0)],
      generate: ['INPROGRESS', 'COMPLETE'],
    });
    const report = await promise;
    expect(recorder.calls.map((c) => c.action)).toEqual(['get', 'generate', 'generate', 'get']);
    // Before this run's Generate nothing is known of the generation: a failure backoff (500);
    // Generate's INPROGRESS is then polled (300).
    expect(fake.sleeps).toEqual([500, 300]);
    // Someone else started it: this run did not.
    expect(report.generated).toBe(false);
  });

  it('polls again when Get still answers ReportInProgress after COMPLETE', async () => {
    const { recorder, fake, promise } = run({
      get: [sdkErrors.notPresent(), sdkErrors.inProgress(), reportAged(0)],
      generate: ['STARTED', 'COMPLETE', 'COMPLETE'],
    });
    await promise;
    expect(recorder.calls.map((c) => c.action)).toEqual(['get', 'generate', 'generate', 'get', 'generate', 'get']);
    // Polls after STARTED and after the Get's ReportInProgress: this run's generation, not a failure.
    expect(fake.sleeps).toEqual([300, 300]);
  });

  it('waits, then generates again, when the report vanished right after COMPLETE', async () => {
    const { recorder, fake, promise } = run({
      get: [sdkErrors.notPresent(), sdkErrors.notPresent(), reportAged(0)],
      generate: ['COMPLETE', 'STARTED', 'COMPLETE'],
    });
    await promise;
    expect(recorder.calls.map((c) => c.action)).toEqual(['get', 'generate', 'get', 'generate', 'generate', 'get']);
    // The race backs off like a failure (500, first failure); STARTED is then polled (300).
    expect(fake.sleeps).toEqual([500, 300]);
  });

  it.each([
    ['Throttling', sdkErrors.throttling],
    ['ServiceFailure (500)', sdkErrors.serviceFailure],
    ['a 502 without an AWS error body', sdkErrors.badGateway],
    ['a connection reset', sdkErrors.connectionReset],
    ['a refused connection', sdkErrors.connectionRefused],
    ['a request timeout', sdkErrors.aborted],
  ])('retries GetCredentialReport after %s, with a wait each time', async (_label, error) => {
    const { recorder, fake, promise } = run({ get: [error(), error(), reportAged(60_000)], generate: [] });
    await promise;
    expect(recorder.calls.map((c) => c.action)).toEqual(['get', 'get', 'get']);
    expect(fake.sleeps).toEqual([500, 1000]);
  });

  it.each([
    ['LimitExceeded', sdkErrors.limitExceeded],
    ['Throttling', sdkErrors.throttling],
    ['ServiceFailure (500)', sdkErrors.serviceFailure],
    ['a connection reset', sdkErrors.connectionReset],
  ])('retries GenerateCredentialReport after %s', async (_label, error) => {
    const { recorder, fake, promise } = run({
      get: [sdkErrors.notPresent(), reportAged(0)],
      generate: [error(), error(), 'STARTED', 'COMPLETE'],
    });
    await promise;
    expect(recorder.calls.map((c) => c.action)).toEqual(['get', 'generate', 'generate', 'generate', 'generate', 'get']);
    // Two failure backoffs (500, 1000), then a 300 ms poll after STARTED.
    expect(fake.sleeps).toEqual([500, 1000, 300]);
  });

  it('retries a transient failure of the Get that follows COMPLETE without generating again', async () => {
    const { recorder, promise } = run({
      get: [sdkErrors.notPresent(), sdkErrors.serviceFailure(), reportAged(0)],
      generate: ['STARTED', 'COMPLETE'],
    });
    await promise;
    expect(recorder.calls.map((c) => c.action)).toEqual(['get', 'generate', 'generate', 'get', 'get']);
  });

  it('evaluates a report AWS calls COMPLETE but that is still too old, with a warning giving its age', async () => {
    // IAM reuses a report younger than 4 hours, so a 1-hour limit can meet a 3-hour-old report.
    const { recorder, promise, lines } = run(
      { get: [reportAged(3 * HOUR), reportAged(3 * HOUR)], generate: ['COMPLETE'] },
      { maxReportAgeHours: 1 },
    );
    const report = await promise;
    expect(report.content).toBe(CSV);
    expect(recorder.calls.map((c) => c.action)).toEqual(['get', 'generate', 'get']);
    const warnings = lines.filter((l) => l.level === 'warning').map((l) => l.message);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('3 hours ago');
    expect(warnings[0]).toContain('max_report_age_hours (1 h)');
    expect(warnings[0]).toContain('4 hours');
  });

  it('regenerates an existing report that has no generation time', async () => {
    const { recorder, promise } = run({
      get: [{ content: CSV, generatedAt: null }, reportAged(0)],
      generate: ['COMPLETE'],
    });
    await promise;
    expect(recorder.calls.map((c) => c.action)).toEqual(['get', 'generate', 'get']);
  });

  it('fails closed at max-wait-seconds when generation never completes, never sleeping past the deadline', async () => {
    const { fake, promise, recorder } = run(
      { get: [sdkErrors.notPresent()], generate: ['STARTED'] },
      { maxWaitSeconds: 60, fallback: { generate: 'INPROGRESS' } },
    );
    const error = await failure(promise);
    expect(fake.elapsed()).toBe(60_000);
    expect(error.message).toContain('within max-wait-seconds (60 s)');
    expect(error.message).toMatch(/made 1 GetCredentialReport and \d+ GenerateCredentialReport calls over 60 s/);
    expect(error.message).toContain('still generating the report (state INPROGRESS)');
    expect(error.message).toContain('raise `max-wait-seconds`');
    expect(error.message).toContain('fails closed');
    // Polling, not a tight loop: every call is separated by a wait. 20 polls of 300 ms for the
    // first 6 s, then 0.3, 0.6, 1.2, 2.4, 4.8 s and 5 s (half the 10 s cap with random() = 0.5)
    // until 55.3 s; the last wait is cut to the 4.7 s left.
    expect(fake.sleeps).toEqual([...Array<number>(20).fill(300), 300, 600, 1200, 2400, 4800, ...Array<number>(8).fill(5000), 4700]);
    expect(fake.sleeps.length).toBe(recorder.calls.length - 1);
  });

  it('polls a running generation every 300 ms ±20 % (jitter from random())', async () => {
    const { fake, promise } = run(
      { get: [sdkErrors.notPresent(), reportAged(0)], generate: ['STARTED', 'INPROGRESS', 'INPROGRESS', 'COMPLETE'] },
      { random: () => 0 },
    );
    await promise;
    expect(fake.sleeps).toEqual([240, 240, 240]);
    const high = run(
      { get: [sdkErrors.notPresent(), reportAged(0)], generate: ['STARTED', 'INPROGRESS', 'COMPLETE'] },
      { random: () => 1 },
    );
    await high.promise;
    expect(high.fake.sleeps).toEqual([360, 360]);
  });

  it('notices a 2 s generation within one poll of it being ready', async () => {
    // The report is ready 2 s after STARTED: with 300 ms polls the COMPLETE comes at 2.1 s.
    let startedAt = 0;
    const { fake, recorder, promise } = run({
      get: [sdkErrors.notPresent(), reportAged(0)],
      generate: [
        (now) => {
          startedAt = now;
          return 'STARTED';
        },
      ],
    }, { fallback: { generate: (now) => (now - startedAt >= 2_000 ? 'COMPLETE' : 'INPROGRESS') } });
    await promise;
    expect(fake.sleeps).toEqual(Array<number>(7).fill(300));
    expect(recorder.calls.at(-1)?.at).toBe(2_100);
  });

  it('backs off from a failure during polling, then returns to the polling schedule', async () => {
    const { fake, recorder, promise } = run({
      get: [sdkErrors.notPresent(), reportAged(0)],
      generate: [
        'STARTED',
        'INPROGRESS',
        sdkErrors.throttling(),
        sdkErrors.limitExceeded(),
        sdkErrors.serviceFailure(),
        'INPROGRESS',
        sdkErrors.throttling(),
        'INPROGRESS',
        'COMPLETE',
      ],
    });
    await promise;
    expect(recorder.calls.map((c) => c.action)).toEqual(['get', ...Array<string>(9).fill('generate'), 'get']);
    // Polls 300, 300; failures 500, 1000, 2000; poll 300 (4.1 s in, steady); the failure exponent
    // carries on: 4000; poll at 8.4 s, past the steady phase: 300 (half the first slow ceiling, 600).
    expect(fake.sleeps).toEqual([300, 300, 500, 1000, 2000, 300, 4000, 300]);
  });

  it('measures the 6 s of steady polling from the first in-progress answer, failures included', async () => {
    const { fake, promise } = run({
      get: [sdkErrors.notPresent(), reportAged(0)],
      generate: ['STARTED', ...Array.from({ length: 4 }, () => sdkErrors.throttling()), 'INPROGRESS', 'INPROGRESS', 'COMPLETE'],
    });
    await promise;
    // Poll 300 (t = 0.3 s), failures 500…4000 (t = 7.8 s), then the polls are past the steady phase:
    // 300, 600 (steady polls would have been 300, 300).
    expect(fake.sleeps).toEqual([300, 500, 1000, 2000, 4000, 300, 600]);
  });

  it('polls a new generation from the steady interval again when AWS starts one', async () => {
    const { fake, recorder, promise } = run({
      get: [sdkErrors.notPresent(), sdkErrors.notPresent(), reportAged(0)],
      generate: ['STARTED', ...Array<GenerationState>(21).fill('INPROGRESS'), 'COMPLETE', 'STARTED', 'INPROGRESS', 'COMPLETE'],
    });
    await promise;
    expect(recorder.calls.filter((c) => c.action === 'get')).toHaveLength(3);
    // 20 steady polls, 2 slow ones (300, 600), the vanished report's failure backoff (500), then steady again.
    expect(fake.sleeps).toEqual([...Array<number>(20).fill(300), 300, 600, 500, 300, 300]);
  });

  it('polls when Get answers ReportInProgress after a Generate, but backs off when it does before one', async () => {
    // After a first failure (500), the next failure backoff would be 1000: polls stay at 300.
    const after = run({
      get: [sdkErrors.throttling(), sdkErrors.notPresent(), sdkErrors.inProgress(), reportAged(0)],
      generate: ['STARTED', 'COMPLETE', 'COMPLETE'],
    });
    await after.promise;
    expect(after.recorder.calls.map((c) => c.action)).toEqual(['get', 'get', 'generate', 'generate', 'get', 'generate', 'get']);
    expect(after.fake.sleeps).toEqual([500, 300, 300]);

    const before = run({
      get: [sdkErrors.throttling(), sdkErrors.inProgress(), reportAged(0)],
      generate: ['INPROGRESS', 'COMPLETE'],
    });
    await before.promise;
    expect(before.recorder.calls.map((c) => c.action)).toEqual(['get', 'get', 'generate', 'generate', 'get']);
    expect(before.fake.sleeps).toEqual([500, 1000, 300]);
  });

  it('polls when GenerateCredentialReport itself answers ReportInProgress', async () => {
    const { fake, promise } = run({
      get: [sdkErrors.notPresent(), reportAged(0)],
      generate: [sdkErrors.throttling(), sdkErrors.inProgress(), 'COMPLETE'],
    });
    await promise;
    // The throttling's failure backoff (500), then a poll (300) rather than the next backoff (1000).
    expect(fake.sleeps).toEqual([500, 300]);
  });

  it('fails closed at the deadline in the middle of steady polling, the last poll cut to the time left', async () => {
    const { fake, promise } = run(
      { get: [sdkErrors.notPresent()], generate: ['STARTED'] },
      { maxWaitSeconds: 2.2, fallback: { generate: 'INPROGRESS' } },
    );
    const error = await failure(promise);
    expect(fake.sleeps).toEqual([...Array<number>(7).fill(300), 100]);
    expect(fake.elapsed()).toBe(2_200);
    expect(error.message).toContain('state INPROGRESS');
  });

  it('fails closed when throttling never stops, naming the throttling', async () => {
    const { fake, promise } = run({ get: [], generate: [] }, { maxWaitSeconds: 30, fallback: { get: sdkErrors.throttling() } });
    const error = await failure(promise);
    expect(fake.elapsed()).toBe(30_000);
    expect(error.message).toContain('Throttling (HTTP 400): Rate exceeded');
    expect(error.message).toContain('concurrency');
  });

  it('fails closed when LimitExceeded never stops', async () => {
    const { promise } = run(
      { get: [sdkErrors.notPresent()], generate: [] },
      { maxWaitSeconds: 20, fallback: { generate: sdkErrors.limitExceeded() } },
    );
    const error = await failure(promise);
    expect(error.message).toContain('LimitExceeded (HTTP 409)');
    expect(error.message).toContain('throttling report generation');
  });

  it('fails closed when 500s never stop, pointing at AWS or the network', async () => {
    const { promise } = run({ get: [], generate: [] }, { maxWaitSeconds: 20, fallback: { get: sdkErrors.serviceFailure() } });
    const error = await failure(promise);
    expect(error.message).toContain('ServiceFailure (HTTP 500)');
    expect(error.message).toContain('connectivity');
  });

  it('backs off from failures exactly as before: ceiling 1 s doubling to the 10 s cap, full jitter', async () => {
    const { fake, promise } = run({ get: [], generate: [] }, { maxWaitSeconds: 30, fallback: { get: sdkErrors.throttling() } });
    await failure(promise);
    expect(fake.sleeps).toEqual([500, 1000, 2000, 4000, 5000, 5000, 5000, 5000, 2500]);
  });

  it('backs off exponentially with full jitter: first wait under 1 s, none above 10 s', async () => {
    const { fake, promise } = run(
      { get: [], generate: [] },
      { maxWaitSeconds: 120, random: () => 0.999, fallback: { get: sdkErrors.throttling() } },
    );
    await failure(promise);
    const [first, second, third, fourth, fifth, sixth] = fake.sleeps;
    expect(first).toBeLessThan(1000);
    expect(second).toBeGreaterThan(first ?? 0);
    expect(third).toBeGreaterThan(second ?? 0);
    expect(fourth).toBeGreaterThan(third ?? 0);
    expect(fifth).toBeGreaterThan(fourth ?? 0);
    expect(sixth).toBeLessThanOrEqual(10_000);
    expect(Math.max(...fake.sleeps)).toBeLessThanOrEqual(10_000);
  });

  it('gives each request at most the time left before the deadline', async () => {
    const { recorder, promise } = run(
      { get: [], generate: [] },
      { maxWaitSeconds: 5, fallback: { get: sdkErrors.connectionReset() } },
    );
    await failure(promise);
    for (const call of recorder.calls) expect(call.timeoutMs).toBeLessThanOrEqual(5_000 - call.at);
    expect(recorder.calls.every((c) => c.timeoutMs >= 1)).toBe(true);
  });

  it('names iam:GetCredentialReport when it is denied, without retrying', async () => {
    const { recorder, promise } = run({ get: [sdkErrors.accessDenied('GetCredentialReport')], generate: [] });
    const error = await failure(promise);
    expect(recorder.calls).toHaveLength(1);
    expect(error.message).toContain('AWS denied iam:GetCredentialReport to role arn:aws:iam::123456789012:role/gate');
    expect(error.message).toContain('iam:GenerateCredentialReport and iam:GetCredentialReport');
  });

  it('names iam:GenerateCredentialReport when it is denied', async () => {
    const { promise } = run({ get: [sdkErrors.notPresent()], generate: [sdkErrors.accessDenied('GenerateCredentialReport')] });
    const error = await failure(promise);
    expect(error.message).toContain('AWS denied iam:GenerateCredentialReport');
  });

  it('names iam:GetCredentialReport when the Get after generation is denied', async () => {
    const { promise } = run({ get: [sdkErrors.notPresent(), sdkErrors.accessDenied('GetCredentialReport')], generate: ['COMPLETE'] });
    const error = await failure(promise);
    expect(error.message).toContain('AWS denied iam:GetCredentialReport');
  });

  it('explains rejected credentials', async () => {
    const { promise } = run({ get: [sdkErrors.invalidToken()], generate: [] });
    const error = await failure(promise);
    expect(error.message).toContain('AWS rejected the credentials');
    expect(error.message).toContain('InvalidClientTokenId');
  });

  it('fails closed on an unexpected AWS error instead of passing', async () => {
    const weird = Object.assign(new Error('Something new'), { name: 'BrandNewException', $metadata: { httpStatusCode: 400 } });
    const { promise } = run({ get: [weird], generate: [] });
    const error = await failure(promise);
    expect(error.message).toContain('BrandNewException (HTTP 400): Something new');
    expect(error.message).toContain('fails closed');
  });

  it('passes our own UserError (e.g. from a credentials refresh) through unchanged', async () => {
    const own = new UserError('Could not assume role: denied');
    const { promise } = run({ get: [own], generate: [] });
    await expect(promise).rejects.toBe(own);
  });

  it('fails without calling AWS when no time is left', async () => {
    const { recorder, promise } = run({ get: [], generate: [] }, { maxWaitSeconds: 0 });
    const error = await failure(promise);
    expect(recorder.calls).toHaveLength(0);
    expect(error.message).toContain('no time was left');
  });
});

describe('formatAge', () => {
  it.each([
    [0, '0 minutes'],
    [60_000, '1 minute'],
    [59 * 60_000, '59 minutes'],
    [HOUR, '1 hour'],
    [HOUR + 5 * 60_000, '1 hour 5 minutes'],
    [3 * 24 * HOUR, '3 days'],
    [50 * HOUR, '2 days 2 hours'],
  ])('%d ms is %s', (ms, text) => {
    expect(formatAge(ms)).toBe(text);
  });
});
