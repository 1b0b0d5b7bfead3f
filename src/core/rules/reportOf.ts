import { checkReport, type CheckReport } from '../checks/report';
import type { RuleContext } from './rule';

/** The checks' answers for this analysis: computed by the first rule that asks, shared by the others. */
export const reportOf = (context: RuleContext): CheckReport => checkReport(context.text, context.sections, context.document.lean, context.expect, context.lines);
