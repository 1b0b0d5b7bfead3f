import type { Rule } from './rule';
import { reportOf } from './reportOf';

/** A backlog that states no Product Goal, or a sprint plan with no Sprint Goal: reported on the title, where the goal goes. */
export const backlogWithoutGoal: Rule = {
  id: 'backlog-without-goal',
  defaultSeverity: 'warning',
  description: 'Flags a product backlog that states no Product Goal, or a sprint plan that states no Sprint Goal.',
  docPath: 'docs/rules/backlog-without-goal.md',
  check(context) {
    const report = reportOf(context);
    if (report.po === undefined || report.po === 'item' || report.goal >= 0) return [];
    const message = report.po === 'sprint'
      ? 'This sprint plan states no Sprint Goal: add the one objective that makes the Sprint worth doing.'
      : 'This backlog states no Product Goal: add the future state its items work toward, for whom, and how you will know.';
    return [{ severity: context.severity, message, range: context.documentRange }];
  },
};
