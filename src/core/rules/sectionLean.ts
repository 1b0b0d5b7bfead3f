import type { Rule } from './rule';
import { leanSummary } from './wording';

/** One hint per headed section with a verdict; sections with thin evidence (`unclear`) stay silent. */
export const sectionLean: Rule = {
  id: 'section-lean',
  defaultSeverity: 'hint',
  description: 'Shows the lean of each section that has enough evidence for a verdict.',
  docPath: 'docs/rules/section-lean.md',
  check({ sections, severity }) {
    return sections.flatMap((section, sectionIndex) =>
      section.level === 0 || section.lean === 'unclear'
        ? []
        : [{ severity, message: `Section ${leanSummary(section)}.`, range: section.headingRange, data: { sectionIndex } }],
    );
  },
};
