import type { Rule } from './rule';
import { reportOf } from './reportOf';

/** A Product Manager document with no business objective: reported on the title. */
export const briefWithoutObjective: Rule = {
  id: 'brief-without-objective',
  defaultSeverity: 'warning',
  description: 'Flags a brief or PRD that states no business objective.',
  docPath: 'docs/rules/brief-without-objective.md',
  check(context) {
    const report = reportOf(context);
    if (!report.pm || report.pieces.objective >= 0) return [];
    return [{ severity: context.severity, message: 'This document states no business objective: say why solving the problem matters to the business, and why now.', range: context.documentRange }];
  },
};
