import { okrOwes, type BriefPiece } from '../checks/brief';
import type { Rule } from './rule';
import { reportOf } from './reportOf';

/** What sets one brief rule apart from the others: its piece is given separately. */
export interface BriefRuleText {
  id: string;
  description: string;
  message: string;
}

/** A rule that reports, on the title, a Product Manager document that does not state `piece` (and owes it). */
export function briefRule(piece: BriefPiece, { id, description, message }: BriefRuleText): Rule {
  return {
    id,
    defaultSeverity: 'warning',
    description,
    docPath: `docs/rules/${id}.md`,
    check(context) {
      const report = reportOf(context);
      if (!report.pm || (report.okr && !okrOwes(piece)) || report.pieces[piece] >= 0) return [];
      return [{ severity: context.severity, message, range: context.documentRange }];
    },
  };
}
