import type { Rule } from './rule';
import { leanSummary } from './wording';

/**
 * The document's overall lean. When the front matter declares `backlog-lens-expect: po|pm` and the
 * document leans the other way, the finding says so and is raised to a warning (an error stays an error).
 */
export const documentLean: Rule = {
  id: 'document-lean',
  defaultSeverity: 'information',
  description: 'Reports whether the whole document leans to Product Owner or Product Manager concerns, with its evidence.',
  docPath: 'docs/rules/document-lean.md',
  check({ document, expect, documentRange, severity }) {
    if (document.lean === 'unclear') return [];
    const contradicts = expect !== undefined && (document.lean === 'po' || document.lean === 'pm') && document.lean !== expect;
    if (contradicts) {
      return [{
        severity: severity === 'error' ? 'error' : 'warning',
        message: `Declared a ${expect.toUpperCase()} document, but it ${leanSummary(document)}.`,
        range: documentRange,
      }];
    }
    return [{ severity, message: `Document ${leanSummary(document)}.`, range: documentRange }];
  },
};
