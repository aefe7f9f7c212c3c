import type { z } from 'zod';
import type { RuleDefinition } from './types';

/**
 * Keeps each rule's params type attached to its `evaluate` while the registry holds them all
 * under the common `RuleDefinition` type.
 */
export function defineRule<P extends z.ZodObject>(rule: RuleDefinition<P>): RuleDefinition {
  return rule as unknown as RuleDefinition;
}
