import { describe, expect, it } from 'vitest';
import { normalizeBooleanFlags } from '../../src/cli/cli-options';

describe('normalizeBooleanFlags', () => {
  it.each([
    [['--redact'], ['--redact']],
    [['--redact=true'], ['--redact']],
    [['--redact', 'true', '--now', 'x'], ['--redact', '--now', 'x']],
    [['--redact=false'], []],
    [['--redact', 'FALSE'], []],
    [['--no-redact'], []],
    [['--redact=maybe'], ['--redact=maybe']],
    [['--redaction'], ['--redaction']],
    [['--', '--redact=true'], ['--', '--redact=true']],
  ])('%j → %j', (args, expected) => {
    expect(normalizeBooleanFlags(args, ['redact'])).toEqual(expected);
  });
});
