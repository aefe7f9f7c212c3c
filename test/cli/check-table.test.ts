import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli-io';

const base = ['check', '--report-file', 'examples/credential-report.csv', '--now', '2026-11-20T12:00:00Z'];

describe('check: the table on stdout', () => {
  it('cuts messages only on a terminal, unless --wide', async () => {
    const piped = await cli(base);
    expect(piped.code).toBe(1);
    expect(piped.stdout).not.toContain('…');
    const terminal = await cli(base, { stdoutIsTty: true, columns: 100 });
    expect(terminal.stdout).toContain('…');
    const wide = await cli([...base, '--wide'], { stdoutIsTty: true, columns: 100 });
    expect(wide.stdout).not.toContain('…');
  });

  it('takes --max-rows and --only, and refuses other values', async () => {
    const few = await cli([...base, '--max-rows', '1']);
    expect(few.stdout).toMatch(/Not shown: \d+ more rows\./);
    const only = await cli([...base, '--only', 'notice']);
    expect(only.stdout).not.toMatch(/^error /m);
    expect((await cli([...base, '--max-rows', '0'])).stderr).toBe("error: --max-rows is '0'; use a whole number of at least 1.\n");
    expect((await cli([...base, '--only', 'errors'])).stderr).toBe("error: --only is 'errors'; use error, warning or notice.\n");
  });

  it('--role-to-assume outside Actions says what to use on the command line, in flags', async () => {
    const result = await cli(['check', '--role-to-assume', 'arn:aws:iam::123456789012:role/r', '--max-wait-seconds', '5'], {
      env: { NO_COLOR: '1', AWS_EC2_METADATA_DISABLED: 'true', AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'x' },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--role-to-assume needs a GitHub OIDC token');
    expect(result.stderr).toContain('use --role-arn');
    expect(result.stderr).not.toContain('`');
  });
});
