import type { Rule } from './rule';
import { reportOf } from './reportOf';

/** A story or backlog item with no acceptance criteria before the next item: reported on the line that names it. */
export const itemWithoutAcceptance: Rule = {
  id: 'item-without-acceptance',
  defaultSeverity: 'information',
  description: 'Flags a backlog item or story in a Product Owner document that has no acceptance criteria.',
  docPath: 'docs/rules/item-without-acceptance.md',
  check(context) {
    const report = reportOf(context);
    if (report.po === undefined) return [];
    return report.items
      .filter((item) => !item.hasAcceptance)
      .map((item) => {
        const line = report.model.line(item.line);
        return {
          severity: context.severity,
          message: 'This item has no acceptance criteria: add the conditions that show it is done (a list, Given / When / Then, or "Done when …").',
          range: { start: { line: item.line, character: line.indent }, end: { line: item.line, character: line.length } },
        };
      });
  },
};
