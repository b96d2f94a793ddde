import type { Rule } from './rules/types';

/** A rule's options: its defaults overridden by what is configured. */
export function optionsOf(rule: Rule, configured: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!configured || !hasKeys(configured)) return defaultsOf(rule);
  const options: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(rule.options)) options[name] = configured[name] ?? spec.default;
  return options;
}

/**
 * Each rule's default options, made once and frozen: most checks configure none. The same object check
 * after check also lets a rule keep what it derives from its options while they stay the same.
 */
const defaults = new Map<Rule, Readonly<Record<string, unknown>>>();

function defaultsOf(rule: Rule): Record<string, unknown> {
  let options = defaults.get(rule);
  if (!options) {
    const made: Record<string, unknown> = {};
    for (const [name, spec] of Object.entries(rule.options)) made[name] = spec.default;
    defaults.set(rule, (options = Object.freeze(made)));
  }
  return options as Record<string, unknown>;
}

function hasKeys(object: Record<string, unknown>): boolean {
  for (const key in object) if (Object.prototype.hasOwnProperty.call(object, key)) return true;
  return false;
}
