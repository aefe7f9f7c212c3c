import { describe, expect, it } from 'vitest';
import { formatCommand, formatInfo, MAX_ANNOTATION_CHARS } from '../../src/action/workflow-commands';
import { capText, MAX_LOG_CHARS, neutralizeCommands, quoteInput } from '../../src/output/log-text';

/** The lines the runner would read as commands: those starting, after blanks, with `::` or `##[`. */
function commandLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => /^\s*(::|##\[)/.test(line));
}

describe('log lines carrying user text', () => {
  it('cannot start a workflow command, whatever the text holds', () => {
    const hostile = 'builtin:recommended\n::stop-commands::x\r::add-mask::y\n  ##[set-output name=a]b\r\n::error::z';
    const line = formatInfo(`Policy ${hostile}; evaluated`);
    expect(commandLines(line)).toEqual([]);
    // Shown the same to a reader: only a zero-width space was added inside each marker.
    expect(line.replace(/\u200b/g, '')).toBe(`Policy ${hostile}; evaluated`);
    expect(neutralizeCommands('::x')).toBe(':\u200b:x');
    expect(neutralizeCommands('a :: b')).toBe('a :: b');
  });

  it('echoes an input as written when plain, as a JSON string otherwise', () => {
    expect(quoteInput('builtin:recommended')).toBe('builtin:recommended');
    expect(quoteInput('.github/iam policy.yml')).toBe('.github/iam policy.yml');
    expect(quoteInput('builtin:recommended\n::stop-commands::x')).toBe('"builtin:recommended\\n::stop-commands::x"');
    expect(quoteInput('a\u202eb')).toBe('"a\\u202eb"');
    expect(quoteInput('x'.repeat(10_000)).length).toBeLessThanOrEqual(512);
  });

  it('cuts a 50 MB line to a few KiB with an ellipsis', () => {
    const name = 'n'.repeat(50 * 1024 * 1024);
    const line = formatInfo(`User ${name} has a key.`);
    expect(line.length).toBeLessThanOrEqual(MAX_LOG_CHARS);
    expect(line).toMatch(/… \(\d+ more characters cut\)$/);
    expect(capText('short')).toBe('short');
  });

  it('does not split a surrogate pair when cutting', () => {
    const text = `${'a'.repeat(99)}😀${'b'.repeat(100)}`;
    const cut = capText(text, 130);
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('caps annotation messages and property values, but never a secret to mask', () => {
    const huge = 'm'.repeat(5 * 1024 * 1024);
    const annotation = formatCommand('error', huge, { title: huge });
    expect(annotation.length).toBeLessThan(MAX_ANNOTATION_CHARS + 1200);
    expect(annotation).toContain('more characters cut');
    expect(formatCommand('add-mask', 's'.repeat(20_000))).toBe(`::add-mask::${'s'.repeat(20_000)}`);
  });
});
