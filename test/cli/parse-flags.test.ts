import { describe, expect, it } from 'vitest';
import { CHECK_OPTIONS, MERGE_OPTIONS } from '../../src/cli/cli-options';
import { parseCommandArgs } from '../../src/cli/parse-flags';
import { parseSettings } from '../../src/settings/settings';
import { cli } from '../support/cli-io';

const EXAMPLE = 'examples/credential-report.csv';

describe('parseCommandArgs', () => {
  it.each([
    [['--redact'], true],
    [['--redact=true'], true],
    [['--redact=True'], true],
    [['--redact', 'TRUE'], true],
    [['--redact=false'], undefined],
    [['--redact', 'False'], undefined],
    [['--no-redact'], undefined],
    [[], undefined],
  ])('%j → redact %s', (args, expected) => {
    expect(parseCommandArgs('check', CHECK_OPTIONS, args).values.redact).toBe(expected);
  });

  it('takes the next argument as a positional when it is not a boolean word', () => {
    const parsed = parseCommandArgs('merge', MERGE_OPTIONS, ['--redact', 'a.json']);
    expect(parsed.values.redact).toBe(true);
    expect(parsed.positionals).toEqual(['a.json']);
  });

  it.each(['yes', 'tRuE', '1', 'on'])('refuses --redact=%s with the words of the action input', (word) => {
    expect(() => parseCommandArgs('check', CHECK_OPTIONS, [`--redact=${word}`])).toThrow(`--redact is '${word}'; use true or false.`);
    // The action's boolean inputs say the same, with the input's name.
    expect(() => parseSettings({ redact: word }, 0, '/')).toThrow(`Input 'redact' is '${word}'; use true or false.`);
  });

  it('gives a did-you-mean for an unknown flag instead of parseArgs text', () => {
    expect(() => parseCommandArgs('check', CHECK_OPTIONS, ['--polcy', 'p.yml'])).toThrow(
      "Unknown flag --polcy for 'check'. Did you mean --policy? Run 'iam-credential-gate check --help' for its flags.",
    );
    expect(() => parseCommandArgs('check', CHECK_OPTIONS, ['-x'])).toThrow("Unknown flag -x for 'check'.");
  });

  it('names a flag that misses its value', () => {
    expect(() => parseCommandArgs('check', CHECK_OPTIONS, ['--policy'])).toThrow('--policy needs a value');
    expect(() => parseCommandArgs('check', CHECK_OPTIONS, ['--policy', '--now', 'x'])).toThrow('--policy needs a value');
  });

  it('passes through what follows --', () => {
    expect(parseCommandArgs('merge', MERGE_OPTIONS, ['--', '--redact']).positionals).toEqual(['--redact']);
  });
});

describe('the CLI names flags, not inputs', () => {
  it('exit 2 and one line for an unknown flag, in every command', async () => {
    for (const command of ['check', 'validate', 'merge', 'schema', 'init', 'explain']) {
      const result = await cli([command, '--polcy=x']);
      expect(result.code, command).toBe(2);
      expect(result.stderr).toMatch(/^error: Unknown flag --polcy for '[a-z]+'\./);
      expect(result.stderr).not.toMatch(/ERR_PARSE_ARGS|Unknown option/);
    }
  });

  it('refuses --redact=yes in check and merge alike', async () => {
    const check = await cli(['check', '--redact=yes', '--report-file', EXAMPLE]);
    const merge = await cli(['merge', '--redact=yes', 'a.json']);
    expect(check.stderr).toBe("error: --redact is 'yes'; use true or false.\n");
    expect(merge.stderr).toBe(check.stderr);
    expect((await cli(['check', '--redact', 'TRUE', '--report-file', EXAMPLE, '--fail-on', 'never'])).code).toBe(0);
  });

  it('says --now, --report-file and --accounts in settings messages', async () => {
    expect((await cli(['check', '--now', 'yesterday'])).stderr).toMatch(/^error: --now is 'yesterday'/);
    expect((await cli(['check', '--report-file', EXAMPLE, '--accounts', '123456789012', '--member-role-name', 'r'])).stderr).toContain(
      '--report-file and --accounts exclude each other',
    );
    const missing = await cli(['check', '--report-file', 'nope.csv']);
    expect(missing.stderr).toContain('nope.csv (--report-file) does not exist');
    expect(missing.stderr).not.toMatch(/Check report-file|input '/);
  });

  it('keeps the action words in the action', () => {
    expect(() => parseSettings({ now: 'yesterday' }, 0, '/')).toThrow(/^Input 'now' is 'yesterday'/);
    expect(() => parseSettings({ 'report-file': 'a.csv', accounts: '123456789012', 'member-role-name': 'r' }, 0, '/')).toThrow(
      "Input 'report-file' and input 'accounts' exclude each other",
    );
  });

  it('suggests a command for a typo', async () => {
    const result = await cli(['chek']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("did you mean 'check'?");
  });
});
