/** Every whole-line chrome rule, in the order they are tried (the first match names the reason). */
import type { LineRule } from './line-rule.ts';
import { boilerplateRules } from './boilerplate.ts';
import { linkRules } from './links.ts';
import { mediaRules } from './media.ts';
import { navigationRules } from './navigation.ts';
import { socialRules } from './social.ts';

export type { LineRule } from './line-rule.ts';
export { defineRules, matchRule } from './line-rule.ts';

export const LINE_RULES: readonly LineRule[] = [...navigationRules, ...mediaRules, ...linkRules, ...socialRules, ...boilerplateRules];
