import { describe, expect, it } from 'vitest';
import { COMMANDS, flagHelp, renderCommandHelp } from '../../src/cli/flag-help';
import { cli } from '../support/cli-io';

describe('help per command, generated from the option tables', () => {
  it.each(COMMANDS.map((command) => [command.name, command] as const))('every flag of %s has a description', (_, spec) => {
    for (const flag of Object.keys(spec.options)) {
      const help = flagHelp(spec.name, flag);
      expect(help?.text, `--${flag} of ${spec.name}`).toBeTruthy();
      if (spec.options[flag]?.type === 'string') expect(help?.value, `value of --${flag}`).toMatch(/^<.+>$/);
    }
  });

  it.each(COMMANDS.map((command) => command.name))('%s --help exits 0 and lists every flag it takes', async (name) => {
    const spec = COMMANDS.find((command) => command.name === name);
    if (spec === undefined) throw new Error(name);
    const result = await cli([name, '--help']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`${renderCommandHelp(spec)}\n`);
    for (const flag of Object.keys(spec.options)) expect(result.stdout).toContain(`--${flag}`);
  });

  it('lists the flags that work but were not listed before', async () => {
    const check = (await cli(['check', '-h'])).stdout;
    for (const flag of ['--role-session-name', '--audience', '--role-duration-seconds', '--baseline', '--enrich', '--owner-tag']) {
      expect(check).toContain(flag);
    }
    const merge = (await cli(['merge', '--help'])).stdout;
    expect(merge).toContain('--redact');
    expect(merge).toContain('--now');
  });

  it('answers --help whatever else is on the line, and `help CMD` too', async () => {
    expect((await cli(['check', '--polcy', 'x', '--help'])).code).toBe(0);
    const viaHelp = await cli(['help', 'explain']);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toContain('Usage: iam-credential-gate explain');
  });

  it('the global help names every command', async () => {
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    for (const command of COMMANDS) expect(result.stdout).toContain(`  ${command.name} `);
  });
});
