/**
 * How a message names an input: the action says `input 'report-file'`, the CLI `--report-file`.
 * The entry point picks one and hands it down, so a message is written once, for both, in its
 * final words (no rewriting of text after the fact).
 */
export type InputLabel = (input: string) => string;

export const ACTION_INPUT: InputLabel = (input) => `input '${input}'`;
export const CLI_FLAG: InputLabel = (input) => `--${input}`;

/** The label at the start of a sentence: `Input 'now' is …`, `--now is …`. */
export function subject(label: InputLabel, input: string): string {
  const text = label(input);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
