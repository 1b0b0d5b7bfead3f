import type { Rule } from './rule';
import { reportOf } from './reportOf';

/** A Product Manager document with no customer problem or need: reported on the title. */
export const briefWithoutProblem: Rule = {
  id: 'brief-without-problem',
  defaultSeverity: 'warning',
  description: 'Flags a brief or PRD that states no customer problem or need.',
  docPath: 'docs/rules/brief-without-problem.md',
  check(context) {
    const report = reportOf(context);
    if (!report.pm || report.okr || report.pieces.problem >= 0) return [];
    return [{ severity: context.severity, message: 'This document states no customer problem or need: say what hurts today, in the words the customers would use.', range: context.documentRange }];
  },
};
