import { describe, expect, it } from 'vitest';
import { decodeWebIdentityClaims, describeClaims } from '../../src/aws/web-identity-token';
import { fakeJwt } from '../support/aws-server';

describe('decodeWebIdentityClaims', () => {
  it('reads sub, aud and iss from the payload without verifying it', () => {
    const token = fakeJwt({ sub: 'repo:octo-org/infra:pull_request', aud: 'sts.amazonaws.com', iss: 'https://token.actions.githubusercontent.com' });
    expect(decodeWebIdentityClaims(token)).toEqual({
      sub: 'repo:octo-org/infra:pull_request',
      aud: ['sts.amazonaws.com'],
      iss: 'https://token.actions.githubusercontent.com',
    });
  });

  it('accepts a list audience', () => {
    expect(decodeWebIdentityClaims(fakeJwt({ aud: ['a', 'b', 3] }))?.aud).toEqual(['a', 'b']);
  });

  it('returns null for something that is not a JWT', () => {
    expect(decodeWebIdentityClaims('not-a-token')).toBeNull();
    expect(decodeWebIdentityClaims('a.!!!.c')).toBeNull();
    expect(decodeWebIdentityClaims(`a.${Buffer.from('"text"').toString('base64url')}.c`)).toBeNull();
  });
});

describe('describeClaims', () => {
  it('names sub and aud for messages', () => {
    expect(describeClaims({ sub: 'repo:o/r:ref:refs/heads/main', aud: ['sts.amazonaws.com'], iss: null })).toBe(
      "its sub is 'repo:o/r:ref:refs/heads/main' and its aud is 'sts.amazonaws.com'",
    );
    expect(describeClaims(null)).toBe('the token could not be decoded');
  });
});
