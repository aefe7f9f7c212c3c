import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean, editDistance } from '../../src/policy/did-you-mean';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions as one edit each', () => {
    expect(editDistance('acess', 'access')).toBe(1);
    expect(editDistance('access', 'acess')).toBe(1);
    expect(editDistance('max_dyas', 'max_days')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('closestMatch', () => {
  const rules = ['access-key-max-age', 'access-key-unused', 'root-mfa'];

  it('suggests the closest candidate within a third of the word in edits', () => {
    expect(closestMatch('acess-key-max-age', rules)).toBe('access-key-max-age');
    expect(closestMatch('Root-MFA', rules)).toBe('root-mfa');
    expect(closestMatch('rot-mfa', rules)).toBe('root-mfa');
  });

  it('suggests a candidate the word begins', () => {
    expect(closestMatch('warn', ['error', 'warning', 'notice'])).toBe('warning');
    expect(closestMatch('wa', ['error', 'warning', 'notice'])).toBeUndefined();
  });

  it('suggests nothing when nothing is close', () => {
    expect(closestMatch('frobnicate', rules)).toBeUndefined();
    expect(closestMatch('x', ['y'])).toBe('y');
    expect(closestMatch('xy', ['ab'])).toBeUndefined();
  });
});

describe('didYouMean', () => {
  it('phrases the suggestion, or falls back', () => {
    expect(didYouMean('rulez', ['rules'])).toBe(" — did you mean 'rules'?");
    expect(didYouMean('zzz', ['rules'], ' — see the docs')).toBe(' — see the docs');
    expect(didYouMean('zzz', ['rules'])).toBe('');
  });
});
