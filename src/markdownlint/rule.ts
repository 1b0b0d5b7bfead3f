/**
 * The lens as markdownlint custom rules, one per engine rule (`backlog-lens/section-lean`, …), all tagged
 * `backlog-lens`. Built to dist/markdownlint.js, whose `module.exports` is the array:
 *   { "customRules": ["backlog-lens/markdownlint"], "backlog-lens/document-lean": false }
 * A rule's config may carry `terms` ({ po, pm, ignore }), as in `.backlog-lens.json`.
 */
import type { MicromarkToken, Rule, RuleOnError, RuleParams } from 'markdownlint';
import { analyze, readConfig, ruleDocUrl, rules as registry, type Analysis, type Finding, type LensOptions, type RuleMeta } from '../core';

export const TAG = 'backlog-lens';

/** The markdownlint rule name of an engine rule. */
export const ruleName = (id: string): string => `${TAG}/${id}`;

/** markdownlint runs every rule on the same frozen `lines`: analyze each document once per terms setting. */
const cache = new WeakMap<readonly string[], Map<string, Analysis>>();

function analysisOf(params: RuleParams): Analysis {
  const options = optionsOf(params.config);
  const key = JSON.stringify(options.terms);
  let perTerms = cache.get(params.lines);
  if (!perTerms) cache.set(params.lines, (perTerms = new Map()));
  let analysis = perTerms.get(key);
  if (!analysis) {
    // The whole document as written: the engine reads front matter (opt-out, expected lean) and directives.
    const text = [...params.frontMatterLines, ...withComments(params)].join('\n');
    analysis = analyze(text, options);
    perTerms.set(key, analysis);
  }
  return analysis;
}

/** Every rule on at a severity: markdownlint's own config decides which rules run and how they are shown. */
const allOn: LensOptions['rules'] = Object.fromEntries(registry.map((rule) => [rule.id, 'warning']));

function optionsOf(config: unknown): Partial<LensOptions> {
  const terms = typeof config === 'object' && config !== null ? (config as { terms?: unknown }).terms : undefined;
  if (terms === undefined) return { rules: allOn };
  const { config: read, problems } = readConfig({ terms });
  if (problems.length > 0) throw new Error(`Backlog Lens markdownlint rule: ${problems.join(' ')}`);
  return { rules: allOn, terms: read.terms };
}

/**
 * markdownlint blanks the text of HTML comments in `lines` (`<!-- ..... -->`), which would hide the lens's
 * `<!-- backlog-lens-disable … -->` directives. Its micromark tokens keep the original text: put it back.
 */
function withComments(params: RuleParams): string[] {
  const lines = [...params.lines];
  for (const token of (params.parsers.micromark?.tokens ?? []) as MicromarkToken[]) {
    if (!token.text.includes('<!--')) continue;
    token.text.split('\n').forEach((piece, i) => {
      const index = token.startLine - 1 + i;
      const column = i === 0 ? token.startColumn - 1 : 0;
      const line = lines[index];
      if (line !== undefined) lines[index] = line.slice(0, column) + piece + line.slice(column + piece.length);
    });
  }
  return lines;
}

function report(finding: Finding, params: RuleParams, onError: RuleOnError): void {
  const { start, end } = finding.range;
  const line = start.line - params.frontMatterLines.length;
  if (line < 0) {
    // Inside the front matter, which markdownlint cannot point at: report on the first line.
    onError({ lineNumber: 1, detail: finding.message });
    return;
  }
  const text = params.lines[line] ?? '';
  const stop = end.line === start.line ? end.character : text.length;
  const length = Math.min(stop, text.length) - start.character;
  onError({ lineNumber: line + 1, detail: finding.message, ...(length > 0 ? { range: [start.character + 1, length] } : {}) });
}

function markdownlintRule(meta: RuleMeta): Rule {
  return {
    names: [ruleName(meta.id)],
    description: meta.description,
    information: new URL(ruleDocUrl(meta)),
    tags: [TAG],
    parser: 'micromark',
    function(params, onError) {
      for (const finding of analysisOf(params).findings) {
        if (finding.rule === meta.id) report(finding, params, onError);
      }
    },
  };
}

const markdownlintRules: Rule[] = registry.map(markdownlintRule);
export default markdownlintRules;
