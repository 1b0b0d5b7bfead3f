import { backlogWithoutGoal } from './backlogWithoutGoal';
import { briefWithoutCustomer } from './briefWithoutCustomer';
import { briefWithoutMeasure } from './briefWithoutMeasure';
import { briefWithoutObjective } from './briefWithoutObjective';
import { briefWithoutProblem } from './briefWithoutProblem';
import { documentLean } from './documentLean';
import { itemWithoutAcceptance } from './itemWithoutAcceptance';
import type { Rule, RuleMeta } from './rule';
import { sectionLean } from './sectionLean';
import { storyWithoutValue } from './storyWithoutValue';
import { unorderedBacklog } from './unorderedBacklog';

/** Where the rule pages are published; the manifest's `repository` names the same place. */
export const REPOSITORY_URL = 'https://github.com/backlog-lens/backlog-lens';

/** The published page of a rule's doc. */
export const ruleDocUrl = (meta: Pick<RuleMeta, 'docPath'>): string => `${REPOSITORY_URL}/blob/main/${meta.docPath}`;

/** Every rule, in the order their findings are reported. */
export const allRules: readonly Rule[] = [
  documentLean,
  sectionLean,
  storyWithoutValue,
  backlogWithoutGoal,
  itemWithoutAcceptance,
  unorderedBacklog,
  briefWithoutCustomer,
  briefWithoutProblem,
  briefWithoutObjective,
  briefWithoutMeasure,
];

/** What consumers may know about the rules: metadata only, the checks stay inside the engine. */
export const rules: readonly RuleMeta[] = allRules.map(({ id, defaultSeverity, description, docPath }) => ({ id, defaultSeverity, description, docPath }));

export type { Rule, RuleContext, RuleMeta, Story } from './rule';
