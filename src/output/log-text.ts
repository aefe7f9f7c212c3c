/**
 * Log lines and annotations carry text from inputs, policies and reports. Such text must not make
 * one line of megabytes (a 50 MB user name), and must not start a workflow command of its own.
 */

/** Log lines and annotation messages are cut to this many characters (a few KiB). */
export const MAX_LOG_CHARS = 4096;

/** Cuts `text` to at most `max` characters, ending in an ellipsis that says how much was left out. */
export function capText(text: string, max: number = MAX_LOG_CHARS): string {
  if (text.length <= max) return text;
  const note = `… (${text.length - max} more characters cut)`;
  let end = Math.max(0, max - note.length);
  // Never split a surrogate pair: half a character would print as U+FFFD.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}${note}`;
}

/**
 * An input's value as echoed in a log line: as written when it is plain, else as a JSON string, so
 * a line break, a control character or a `::command::` inside it shows as text.
 */
export function quoteInput(value: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = !/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069"\\]|::|##\[/.test(value);
  if (plain) return capText(value, 512);
  // JSON leaves bidi controls as they are; escaped, they cannot reorder the line around them.
  const quoted = JSON.stringify(value).replace(
    /[\u200e\u200f\u2028-\u202e\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return capText(quoted, 512);
}

/**
 * The runner reads any line that starts (after blanks) with `::` or `##[` as a command. A line of
 * ours that carries text that looks so gets a zero-width space inside the marker: shown the same,
 * read as plain text.
 */
export function neutralizeCommands(text: string): string {
  return text.replace(/(^|[\r\n])([^\S\r\n]*)(::|##\[)/g, (_, start: string, blanks: string, marker: string) =>
    `${start}${blanks}${marker[0] ?? ''}\u200b${marker.slice(1)}`,
  );
}
