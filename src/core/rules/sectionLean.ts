import type { Finding } from '../types';
import type { Rule } from './rule';
import { leanSummary } from './wording';

/** One hint per headed section with a verdict; sections with thin evidence (`unclear`) stay silent. */
export const sectionLean: Rule = {
  id: 'section-lean',
  defaultSeverity: 'hint',
  description: 'Shows the lean of each section that has enough evidence for a verdict.',
  docPath: 'docs/rules/section-lean.md',
  check({ sections, severity }) {
    const findings: Omit<Finding, 'rule'>[] = [];
    sections.forEach((section, sectionIndex) => {
      if (section.level > 0 && section.lean !== 'unclear') findings.push({ severity, message: `Section ${leanSummary(section)}.`, range: section.headingRange, data: { sectionIndex } });
    });
    return findings;
  },
};
