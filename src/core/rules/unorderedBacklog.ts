import { MIN_ITEMS_TO_ORDER } from '../checks/report';
import type { Rule } from './rule';
import { reportOf } from './reportOf';

/** A product backlog whose items show no order. A Sprint Backlog need not be ordered, so sprint plans are left alone. */
export const unorderedBacklog: Rule = {
  id: 'unordered-backlog',
  defaultSeverity: 'hint',
  description: 'Flags a product backlog whose items show no order: no numbering, no priority and no "ordered by" statement.',
  docPath: 'docs/rules/unordered-backlog.md',
  check(context) {
    const report = reportOf(context);
    if (report.po !== 'product' || report.items.length < MIN_ITEMS_TO_ORDER || report.ordered) return [];
    return [{
      severity: context.severity,
      message: `These ${report.items.length} items show no order: number them, give each a priority, or say what they are ordered by.`,
      range: context.documentRange,
    }];
  },
};
