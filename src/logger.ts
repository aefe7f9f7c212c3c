/**
 * How domain code talks to the person running it. The action maps this onto `@actions/core`
 * (with masking and redaction applied), the CLI onto stderr; tests collect the lines.
 */
export interface GateLogger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

export const silentLogger: GateLogger = {
  info: () => undefined,
  warning: () => undefined,
  debug: () => undefined,
};
