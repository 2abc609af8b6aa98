/**
 * A line rule names one form of page chrome. Rules are data: a whole-line pattern (anchored at both
 * ends, so a rule can never take a sentence out of the middle of a paragraph) plus optional limits.
 */
export interface LineRule {
  /** Stable kebab-case name, reported as the reason in `removed[]`. */
  readonly name: string;
  /** Matched against the whole normalised line; must start with `^` and end with `$`. */
  readonly pattern: RegExp;
  /** The line must also contain this (for rules whose anchor alone is too loose). */
  readonly requires?: RegExp;
  /** The line must not contain this (a sign that running text follows the chrome). */
  readonly rejects?: RegExp;
  /** Longer lines are never this chrome (a real sentence that happens to start the same way). */
  readonly maxWords?: number;
  /** Only before the body starts (datelines, bylines, section labels live in the page header). */
  readonly headerOnly?: boolean;
}

/**
 * Checks a rule family once, where it is declared: a family must not be empty and every pattern
 * must be anchored — an unanchored chrome pattern is how body sentences get lost.
 */
export function defineRules(family: string, rules: readonly LineRule[]): readonly LineRule[] {
  if (rules.length === 0) throw new TypeError(`Expected at least one rule in family ${family}, got none`);
  for (const rule of rules) {
    const { source } = rule.pattern;
    if (!source.startsWith('^') || !source.endsWith('$')) {
      throw new TypeError(`Expected rule ${family}/${rule.name} to be anchored (^…$), got /${source}/`);
    }
    if ([rule.pattern, rule.requires, rule.rejects].some((r) => r?.global || r?.sticky)) {
      throw new TypeError(`Expected rule ${family}/${rule.name} without the g or y flag (stateful lastIndex)`);
    }
  }
  return rules;
}

/** The first rule the line matches, or null. */
export function matchRule(rules: readonly LineRule[], line: string, words: number, inHeader: boolean): LineRule | null {
  for (const rule of rules) {
    if (rule.headerOnly && !inHeader) continue;
    if (rule.maxWords !== undefined && words > rule.maxWords) continue;
    if (!rule.pattern.test(line)) continue;
    if (rule.requires && !rule.requires.test(line)) continue;
    if (rule.rejects && rule.rejects.test(line)) continue;
    return rule;
  }
  return null;
}
