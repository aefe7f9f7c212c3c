import { describe, expect, it } from 'vitest';
import { compareRules, overallEffect, paramEffect } from '../../src/policy-review/compare-rules';
import { buildPolicy, onlyRules } from '../support/policy-builder';

describe('paramEffect: the contract list of looser and stricter', () => {
  it.each([
    // [param, before, after, effect]
    ['max_days', 90, 180, 'looser'],
    ['max_days', 180, 90, 'stricter'],
    ['days', 1, 7, 'looser'],
    ['days', 7, 1, 'stricter'],
    ['grace_days', 0, 3, 'looser'],
    ['grace_days', 3, 0, 'stricter'],
    ['warn_days', 14, 0, 'looser'],
    ['warn_days', 0, 14, 'stricter'],
    ['window_minutes', 5, 1, 'looser'],
    ['window_minutes', 1, 5, 'stricter'],
    ['max_days', 90, 90, 'neutral'],
  ] as const)('%s %s → %s is %s', (name, before, after, effect) => {
    expect(paramEffect(name, before, after)).toBe(effect);
  });

  it.each([
    ['violation', 'from-creation', 'looser'],
    ['violation', 'ignore', 'looser'],
    ['from-creation', 'ignore', 'looser'],
    ['ignore', 'from-creation', 'stricter'],
    ['ignore', 'violation', 'stricter'],
    ['from-creation', 'violation', 'stricter'],
    ['ignore', 'ignore', 'neutral'],
  ] as const)('never_used %s → %s is %s', (before, after, effect) => {
    expect(paramEffect('never_used', before, after)).toBe(effect);
  });

  it.each([
    [[], ['eu-west-1'], 'looser'],
    [['eu-west-1'], ['eu-west-1', 'us-east-1'], 'looser'],
    [['eu-west-1', 'us-east-1'], ['eu-west-1'], 'stricter'],
    [['eu-west-1'], [], 'stricter'],
    // A region gained lets keys be used there, whatever else went: looser.
    [['eu-west-1'], ['us-east-1'], 'looser'],
    [['eu-west-1', 'us-east-1'], ['us-east-1', 'eu-west-1'], 'neutral'],
  ])('allowed_regions %j → %j is %s', (before, after, effect) => {
    expect(paramEffect('allowed_regions', before, after)).toBe(effect);
  });

  it('treats a param outside the list as neutral', () => {
    expect(paramEffect('something_new', 1, 2)).toBe('neutral');
  });
});

describe('overallEffect', () => {
  it('is looser when any part is, else stricter when any is, else neutral', () => {
    expect(overallEffect(['stricter', 'looser', 'neutral'])).toBe('looser');
    expect(overallEffect(['neutral', 'stricter'])).toBe('stricter');
    expect(overallEffect(['neutral'])).toBe('neutral');
    expect(overallEffect([])).toBe('neutral');
  });
});

describe('compareRules', () => {
  it('lists nothing for the same policy', () => {
    expect(compareRules(buildPolicy(), buildPolicy())).toEqual([]);
  });

  it('marks a raised limit looser with before and after of the rule', () => {
    const before = buildPolicy();
    const after = buildPolicy({ rules: { 'access-key-max-age': { params: { max_days: 180 } } } });
    expect(compareRules(before, after)).toEqual([
      {
        id: 'access-key-max-age',
        before: { enabled: true, severity: 'error', params: { max_days: 90, warn_days: 0 } },
        after: { enabled: true, severity: 'error', params: { max_days: 180, warn_days: 0 } },
        effect: 'looser',
        changes: [{ field: 'max_days', before: 90, after: 180, effect: 'looser' }],
      },
    ]);
  });

  it('is looser overall when one param loosens and another tightens', () => {
    const before = buildPolicy({ rules: { 'access-key-max-age': { params: { max_days: 90, warn_days: 14 } } } });
    const after = buildPolicy({ rules: { 'access-key-max-age': { params: { max_days: 60, warn_days: 0 } } } });
    const [change] = compareRules(before, after);
    expect(change?.changes.map((field) => [field.field, field.effect])).toEqual([
      ['max_days', 'stricter'],
      ['warn_days', 'looser'],
    ]);
    expect(change?.effect).toBe('looser');
  });

  it.each([
    ['error', 'warning', 'looser'],
    ['warning', 'notice', 'looser'],
    ['error', 'notice', 'looser'],
    ['notice', 'error', 'stricter'],
    ['warning', 'error', 'stricter'],
  ] as const)('severity %s → %s is %s', (from, to, effect) => {
    const before = onlyRules({ 'mfa-for-console': { severity: from } });
    const after = onlyRules({ 'mfa-for-console': { severity: to } });
    expect(compareRules(before, after)).toEqual([
      expect.objectContaining({ id: 'mfa-for-console', effect, changes: [{ field: 'severity', before: from, after: to, effect }] }),
    ]);
  });

  it('marks a rule turned off looser and turned on stricter, whatever it is configured with', () => {
    const on = onlyRules({ 'password-max-age': { params: { max_days: 365 } } });
    const off = onlyRules({});
    expect(compareRules(on, off)).toEqual([
      expect.objectContaining({
        id: 'password-max-age',
        effect: 'looser',
        changes: [{ field: 'enabled', before: true, after: false, effect: 'looser' }],
      }),
    ]);
    const [enabled] = compareRules(off, on);
    expect(enabled?.effect).toBe('stricter');
    // The configuration it is turned on with stays visible.
    expect(enabled?.after.params).toEqual({ max_days: 365 });
  });

  it('ignores a rule that is off on both sides, whatever its params', () => {
    const before = onlyRules({ 'password-max-age': { enabled: false, params: { max_days: 30 } } });
    const after = onlyRules({ 'password-max-age': { enabled: false, params: { max_days: 900 } } });
    expect(compareRules(before, after)).toEqual([]);
  });

  it('lists rules in registry order', () => {
    const before = buildPolicy();
    const after = buildPolicy({ rules: { 'additional-credentials': false, 'root-mfa': false } });
    expect(compareRules(before, after).map((rule) => rule.id)).toEqual(['root-mfa', 'additional-credentials']);
  });

  it('compares every never_used transition of both rules', () => {
    for (const id of ['access-key-unused', 'password-unused']) {
      const before = onlyRules({ [id]: { params: { never_used: 'violation' } } });
      const after = onlyRules({ [id]: { params: { never_used: 'ignore' } } });
      expect(compareRules(before, after)[0]?.effect).toBe('looser');
      expect(compareRules(after, before)[0]?.effect).toBe('stricter');
    }
  });
});
