import { documentLean } from './documentLean';
import type { Rule, RuleMeta } from './rule';
import { sectionLean } from './sectionLean';
import { storyWithoutValue } from './storyWithoutValue';

/** Every rule, in the order their findings are reported. */
export const allRules: readonly Rule[] = [documentLean, sectionLean, storyWithoutValue];

/** What consumers may know about the rules: metadata only, the checks stay inside the engine. */
export const rules: readonly RuleMeta[] = allRules.map(({ id, defaultSeverity, description, docPath }) => ({ id, defaultSeverity, description, docPath }));

export type { Rule, RuleContext, RuleMeta, Story } from './rule';
