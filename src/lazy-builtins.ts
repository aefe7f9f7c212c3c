import { createRequire } from 'node:module';

/**
 * Node built-ins that most runs never need, loaded on first use. Importing node:crypto costs about
 * 10 ms of start-up and node:zlib a few more; an offline run without `redact`, SARIF or a PR
 * comment needs neither (nor node:stream without `json-file`), so the modules that use them call
 * these instead of importing them. Through createRequire, not `import()`: in the bundle, a
 * dynamic import of a built-in yields no named exports.
 */
const require = createRequire(import.meta.url);
let crypto: typeof import('node:crypto') | undefined;
let zlib: typeof import('node:zlib') | undefined;
let stream: typeof import('node:stream') | undefined;
let streamPromises: typeof import('node:stream/promises') | undefined;

/** The SHA-256 of `text` (UTF-8), as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  crypto ??= require('node:crypto') as typeof import('node:crypto');
  return crypto.createHash('sha256').update(text).digest('hex');
}

/** `text` gzipped (UTF-8) at `level`. */
export function gzip(text: string, level: number): Buffer {
  zlib ??= require('node:zlib') as typeof import('node:zlib');
  return zlib.gzipSync(text, { level });
}

/** `Readable.from` and `pipeline` (node:stream), for writing the findings document. */
export function streams(): { Readable: typeof import('node:stream').Readable; pipeline: typeof import('node:stream/promises').pipeline } {
  stream ??= require('node:stream') as typeof import('node:stream');
  streamPromises ??= require('node:stream/promises') as typeof import('node:stream/promises');
  return { Readable: stream.Readable, pipeline: streamPromises.pipeline };
}
