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
    // A wait after STARTED and after INPROGRESS, none before the first Generate or after COMPLETE.
    expect(fake.sleeps).toHaveLength(2);
    expect(fake.sleeps[0]).toBeLessThan(1000);
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
    expect(fake.sleeps).toHaveLength(2);
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
    expect(fake.sleeps).toHaveLength(2);
  });

  it('waits, then generates again, when the report vanished right after COMPLETE', async () => {
    const { recorder, fake, promise } = run({
      get: [sdkErrors.notPresent(), sdkErrors.notPresent(), reportAged(0)],
      generate: ['COMPLETE', 'STARTED', 'COMPLETE'],
    });
    await promise;
    expect(recorder.calls.map((c) => c.action)).toEqual(['get', 'generate', 'get', 'generate', 'generate', 'get']);
    expect(fake.sleeps).toHaveLength(2);
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
    expect(fake.sleeps).toHaveLength(2);
    expect(fake.sleeps.every((ms) => ms > 0)).toBe(true);
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
    expect(fake.sleeps).toHaveLength(3);
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
    // Polling, not a tight loop: every call is separated by a wait.
    expect(fake.sleeps.length).toBe(recorder.calls.length - 1);
    expect(recorder.calls.length).toBeLessThan(20);
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
