import { lexiconFor } from './lexicon/cache';
import type { Lexicon } from './lexicon/lexicon';
import { defaultOptions, type LensOptions } from './options';
import { allRules, type RuleContext, type Story } from './rules';
import { scanDocument, type ScanResult } from './scan';
import type { Analysis, Finding, Range, Severity, SeveritySetting } from './types';
import { DocumentVerdict } from './verdict';

/**
 * Reads a planning document and says how it and each of its sections lean, with the evidence and the
 * findings of every enabled rule. Any text yields an Analysis (the fuzz suite holds it to that, unguarded,
 * so an engine bug throws where it can be seen rather than passing as "no evidence"). Options are the
 * caller's code, not data: a malformed one throws a TypeError that names it.
 */
export function analyze(text: string, options: Partial<LensOptions> = {}): Analysis {
  const { terms, rules } = checkedOptions(options);
  return analyzeWith(lexiconFor({ ...defaultOptions.terms, ...terms }), typeof text === 'string' ? text : '', rules);
}

/** `analyze` with a given lexicon: the evaluation runs models trained on part of the corpus through it. */
export function analyzeWith(lexicon: Lexicon, text: string, rules: LensOptions['rules'] = {}): Analysis {
  const scan = scanDocument(text, lexicon);
  const { scoring } = lexicon;
  const { optIn, expect } = scan.frontMatter;
  // `backlog-lens: off` in the front matter and a bare disable-file directive both blind the lens to the file.
  const blind = optIn === false || scan.suppressions.fileBlind;
  const { sections, evidence } = scan;
  if (blind) evidence.clear();
  for (const section of sections) section.judge(scoring);
  const document = new DocumentVerdict(evidence, sections.reduce((sum, section) => sum + section.words, 0), scoring);
  const stories = blind ? [] : storiesOf(scan);
  const context: Omit<RuleContext, 'severity'> = { text, lines: scan.lines, document, sections, stories, expect, documentRange: documentRange(scan) };
  const findings = blind ? [] : runRules(context, rules, scan);
  return { document, sections, findings, optIn, expect };
}

function runRules(context: Omit<RuleContext, 'severity'>, configured: Record<string, SeveritySetting>, scan: ScanResult): Finding[] {
  const findings: Finding[] = [];
  // One context for every rule, its severity set for each: copying the context a rule cost more than some rules.
  const ruleContext: RuleContext = { ...context, severity: 'hint' };
  for (const rule of allRules) {
    const setting = configured[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    ruleContext.severity = setting as Severity;
    for (const finding of rule.check(ruleContext)) {
      if (!scan.suppressions.isSuppressed(rule.id, finding.range.start.line)) findings.push({ rule: rule.id, ...finding });
    }
  }
  return findings;
}

function storiesOf(scan: ScanResult): Story[] {
  const { sections } = scan;
  if (!scan.stories.length) return [];
  const indexOf = new Map(sections.map((section, index) => [section, index]));
  return scan.stories.map((story) => ({
    range: {
      start: { line: story.startLine, character: story.startOffset - scan.lines.starts[story.startLine] },
      end: { line: story.endLine, character: story.endOffset - scan.lines.starts[story.endLine] },
    },
    hasValue: story.value >= 0,
    // A story in a dropped preamble cannot exist: the preamble is only dropped when it has no prose.
    sectionIndex: Math.min(indexOf.get(story.section) ?? 0, sections.length - 1),
  }));
}

/** The first heading's title, or the first line's text when the document has no headings. */
function documentRange(scan: ScanResult): Range {
  const headed = scan.sections.find((section) => section.level > 0);
  if (headed) return headed.headingRange;
  const line = scan.frontMatter.endLine + 1 < scan.lines.starts.length ? scan.frontMatter.endLine + 1 : 0;
  return { start: { line, character: 0 }, end: { line, character: scan.lines.ends[line] - scan.lines.starts[line] } };
}

/** The options as given, or a TypeError naming the first malformed one (`terms.po[0] must be a string, not number`). */
function checkedOptions(options: Partial<LensOptions> | null | undefined): Partial<LensOptions> {
  if (options === undefined || options === null) return {};
  const fail = (what: string, must: string, value: unknown): never => {
    const given = typeof value === 'string' ? JSON.stringify(value) : value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    throw new TypeError(`analyze: options${what ? `.${what}` : ''} must be ${must}, not ${given}.`);
  };
  const isRecord = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isRecord(options)) fail('', 'an object', options);
  const { terms, rules } = options;
  if (terms !== undefined && terms !== null) {
    if (!isRecord(terms)) fail('terms', 'an object of po, pm and ignore lists', terms);
    for (const side of ['po', 'pm', 'ignore'] as const) {
      const list: unknown = terms[side];
      if (list === undefined) continue;
      if (!Array.isArray(list)) fail(`terms.${side}`, 'a list of strings', list);
      (list as unknown[]).forEach((term, index) => typeof term === 'string' || fail(`terms.${side}[${index}]`, 'a string', term));
    }
  }
  if (rules !== undefined && rules !== null) {
    if (!isRecord(rules)) fail('rules', 'an object of rule ids and severities', rules);
    for (const [id, setting] of Object.entries(rules)) if (!SEVERITY_SETTINGS.has(setting)) fail(`rules["${id}"]`, `one of ${[...SEVERITY_SETTINGS].join(', ')}`, setting);
  }
  return { terms: terms ?? undefined, rules: rules ?? undefined };
}

const SEVERITY_SETTINGS: ReadonlySet<unknown> = new Set(['error', 'warning', 'information', 'hint', 'off']);
