import type { Rule } from './rule';
import { reportOf } from './reportOf';

/** A Product Manager document with no target customer: reported on the title. */
export const briefWithoutCustomer: Rule = {
  id: 'brief-without-customer',
  defaultSeverity: 'warning',
  description: 'Flags a brief or PRD that names no target customer.',
  docPath: 'docs/rules/brief-without-customer.md',
  check(context) {
    const report = reportOf(context);
    if (!report.pm || report.okr || report.pieces.customer >= 0) return [];
    return [{ severity: context.severity, message: 'This document names no target customer: say who has the problem (a segment or persona, and how many of them).', range: context.documentRange }];
  },
};
