/**
 * Text from a file quoted inside an error message. Messages reach the log, the job summary, the
 * findings document and the PR comment, so a quote must not be able to start a line, issue a
 * workflow command (`::stop-commands::`), reorder the text around it (bidi controls) or carry a
 * secret of any length: it is escaped and cut short.
 *
 * Only text from a file that parsed as a policy mapping may be quoted at all (see the README's
 * threat model); everything else is described by position and kind, never by content.
 */

/** How much of a quoted value a message shows. */
export const MAX_QUOTED_CHARS = 60;

// C0 and C1 controls, DEL, and the invisible characters that change how text reads: bidi
// embeddings, overrides and isolates, zero-width characters, line and paragraph separators.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(char: string): string {
  const named = NAMED[char];
  if (named !== undefined) return named;
  const code = char.codePointAt(0) ?? 0;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `text` as a message may show it: on one line, with no control or invisible characters, no
 * `::` (the prefix of workflow commands), and at most `max` characters (an ellipsis marks a cut).
 */
export function quoteText(text: string, max = MAX_QUOTED_CHARS): string {
  // Cut first (by code points), so a long value costs nothing to escape.
  const chars = Array.from(text.length > max * 2 + 8 ? text.slice(0, max * 2 + 8) : text);
  const cut = chars.length > max;
  const kept = (cut ? chars.slice(0, max - 1) : chars).join('');
  const escaped = kept.replace(UNSAFE, escapeChar).replace(/::/g, ':\\x3a');
  return cut ? `${escaped}…` : escaped;
}
