import type { Rule } from './rule';
import { reportOf } from './reportOf';

/** A Product Manager document with no measure of success (a metric with a target): reported on the title. */
export const briefWithoutMeasure: Rule = {
  id: 'brief-without-measure',
  defaultSeverity: 'warning',
  description: 'Flags a brief or PRD with no measure of success: a metric with a target.',
  docPath: 'docs/rules/brief-without-measure.md',
  check(context) {
    const report = reportOf(context);
    if (!report.pm || report.pieces.measure >= 0) return [];
    return [{ severity: context.severity, message: "This document has no measure of success: name a metric with today's value and a target (for example, weekly retention from 20% to 30% by Q3).", range: context.documentRange }];
  },
};
