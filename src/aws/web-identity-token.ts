/**
 * What a GitHub OIDC token says about the workflow, for error messages only. The payload is
 * decoded without verification (STS verifies it); the token itself is never printed.
 */
export interface WebIdentityClaims {
  sub: string | null;
  /** `aud` may be a string or a list in JWTs. */
  aud: string[];
  iss: string | null;
}

export function decodeWebIdentityClaims(token: string): WebIdentityClaims | null {
  const payload = token.split('.')[1];
  if (payload === undefined || payload === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const claims = value as Record<string, unknown>;
  const aud = claims.aud;
  return {
    sub: typeof claims.sub === 'string' ? claims.sub : null,
    aud: typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud.filter((a): a is string => typeof a === 'string') : [],
    iss: typeof claims.iss === 'string' ? claims.iss : null,
  };
}

export function describeClaims(claims: WebIdentityClaims | null): string {
  if (claims === null) return 'the token could not be decoded';
  const aud = claims.aud.length === 0 ? '(none)' : claims.aud.map((a) => `'${a}'`).join(', ');
  return `its sub is '${claims.sub ?? '(none)'}' and its aud is ${aud}`;
}
