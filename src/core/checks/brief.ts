/**
 * The four questions a Product Manager's brief answers: who the customer is, what problem or need they have,
 * what the business wants from solving it, and how success is measured. Each is found by a heading with
 * something under it, a `Label: …` line, or a sentence that states it ("For small clinics that …").
 */
import { findText, hasText, type CheckModel } from './model';

export type BriefPiece = 'customer' | 'problem' | 'objective' | 'measure';

/** Each piece in a few words: what its fix adds. */
export const PIECE_NAMES: Readonly<Record<BriefPiece, string>> = { customer: 'target customer', problem: 'customer problem', objective: 'business objective', measure: 'measure of success' };

/** An OKR set owes an objective and measured key results; the customer and the problem are a brief's, not its. */
export const okrOwes = (piece: BriefPiece): boolean => piece === 'objective' || piece === 'measure';

interface PieceSpec {
  /** A heading that announces the piece; its section must say something. */
  heading: RegExp;
  /** A heading that may hold the piece (`Background`): its text must show it (`cue`). */
  weakHeading?: RegExp;
  label: RegExp;
  sentence: RegExp;
  /** What the text under a weak heading must contain. */
  cue?: RegExp;
  /**
   * Words that every `sentence` match contains: a quick first test of a line. Without it, `sentence` itself is
   * tried on the whole line first, which holds for a pattern with no anchors (a match in a sentence is one in its line).
   */
  needs?: RegExp;
}

const NOT_CUSTOMER = /\buser (?:stor|flow|interface|research|journey|experience|testing)|\bcustomer (?:support|service|success)\b/i;
const NON_GOALS = /\bnon-?goals?\b/gi;

const problemCue = /\b(?:spend\w* (?:their |our |the )?(?:evenings?|hours?|days?|mornings?|weekends?)|never (?:found|used|seen)|can(?:no|')t|unable to|gives? up|abandon\w*|lose|loses|lost|wast\w+|re-?key\w*|by hand|manual(?:ly)?|churn\w*|too long|takes? (?:\w+ ){0,3}(?:hours|days|weeks|sessions)|forget\w*|delay\w*|bottleneck|error-prone|frustrat\w+|struggl\w+|pain\w*|problem\w*)\b/i;

const specs: Record<Exclude<BriefPiece, 'measure'>, PieceSpec> = {
  customer: {
    heading: /\b(?:who|whom|customers?|users?|audience|segments?|personas?|buyers?|clients?|target market|icp)\b/i,
    label: /^(?:who|for whom|customers?|target (?:customers?|users?|audience|market|segment)|users?|audience|segments?|personas?|buyers?)\s*(?:\([^)]*\))?\s*[:—–]\s*\S/i,
    // For <people> who/that …; our (target) customers are …; early adopters are …; built for <people> who …; our larger merchants
    needs: /for |custom|user|audience|buyer|segment|persona|client|adopters|target |our /iu,
    sentence: /^for (?:[\p{L}-]+ ){0,5}?[\p{L}-]+s (?:who|that|with|in|whose|at)\b|\b(?:our|the) (?:target |primary |core |main |ideal |key )?(?:customers?|users?|audience|buyers?|segment|persona|clients?) (?:is|are|will be)\b|\b(?:early adopters|target (?:customers|users|segment|audience|market)) (?:are|is|will be)\b|\b(?:built|designed|made) for (?:[\p{L}-]+ ){0,3}?[\p{L}-]+s (?:who|that|with|in)\b|\bour (?:larger|largest|biggest|smaller|small|enterprise|mid-market|mid-sized|new|existing|top|key|b2b|b2c) (?:[\p{L}-]+ )?(?:customers|merchants|accounts|clients|users|shops|sellers|buyers)\b/iu,
  },
  problem: {
    heading: /\b(?:problems?|pain(?: points?)?|needs?|challenges?|opportunit(?:y|ies)|jobs?[ -]to[ -]be[ -]done|jtbd|status quo|current situation|friction|what(?:'s| is) (?:wrong|broken|missing|hard))\b|^what(?: problem\b.*| we heard\b.*)?$/i,
    weakHeading: /\b(?:background|context|motivation|why|today|current state|situation|summary)\b/i,
    label: /^(?:(?:the |customer |user )?problem(?: statement)?|pain(?: points?)?|(?:customer |user )?needs?|job to be done|jtbd|challenge)\s*[:—–]\s*\S/i,
    sentence: /\b(?:the|their|a|one|our customers'?|users'?) (?:main |biggest |core |same |real )?(?:problem|pain|frustration|struggle)\b|\bstruggl\w+ (?:to|with)\b|\bpain points?\b/i,
    cue: problemCue,
  },
  objective: {
    heading: /\b(?:objectives?|goals?|why|strategy|strategic|vision|mission|rationale|purpose|ambition|north star|future state|where we want to be|business (?:case|value|impact|outcomes?)|okrs?|impact)\b/i,
    label: /^(?:(?:business |company |our )?(?:objective|goal|aim|purpose)s?|why(?: (?:it|this) matters(?: to (?:us|the business))?| now| us)?)\s*[:—–]\s*\S/i,
    sentence: /\b(?:revenue|market share|margins?|profit\w*|bottom line|upsell\w*|cost of acquiring|acquisition cost|contract value|company objective|business (?:goal|objective)|strategic|win (?:the|this|a) (?:segment|market)|pays? back|foothold|paid (?:team )?plans?|monetis\w+|monetiz\w+)\b/i,
  },
};

/** Which piece a heading announces, if any (for telling a brief by its headings). */
export function hasPieceHeading(heading: string): BriefPiece | undefined {
  if (MEASURE_HEADING.test(heading)) return 'measure';
  for (const piece of ['customer', 'problem', 'objective'] as const) if (headingMatches(piece, heading)) return piece;
  return undefined;
}

function headingMatches(piece: Exclude<BriefPiece, 'measure'>, heading: string): boolean {
  if (piece === 'customer' && NOT_CUSTOMER.test(heading)) return false;
  if (piece === 'objective') return specs.objective.heading.test(heading.replace(NON_GOALS, ''));
  return specs[piece].heading.test(heading);
}

/** The line where the document states the piece, or -1. */
export function findPiece(model: CheckModel, piece: BriefPiece): number {
  if (piece === 'measure') return findMeasure(model);
  const spec = specs[piece];
  for (let index = 0; index < model.sections.length; index++) {
    const section = model.sections[index];
    if (section.level === 0 || index === model.title) continue;
    const from = model.sectionStart[index] + 1;
    const to = model.sectionEnd[index];
    if (headingMatches(piece, section.heading) && hasText(model, from, to)) return from - 1;
    const cue = spec.cue;
    if (cue && spec.weakHeading?.test(section.heading) && findText(model, from, to, (text) => cue.test(text)) >= 0) return from - 1;
  }
  for (let line = model.firstLine; line < model.lineCount; line++) {
    const entry = model.line(line);
    if (entry.kind !== 'text' && entry.kind !== 'list' && entry.kind !== 'row') continue;
    const plain = entry.plain;
    if (spec.label.test(plain) || ((spec.needs ?? spec.sentence).test(plain) && sentences(plain).some((sentence) => spec.sentence.test(sentence)))) return line;
  }
  return -1;
}

const sentences = (plain: string): string[] => plain.split(/(?<=[.!?])\s+/);

const MEASURE_HEADING = /\b(?:success metrics?|metrics?|kpis?|key results?|measures?(?: of success)?|measur\w+|how we(?:'ll| will) know|targets?|success criteria|okrs?)\b/i;
const MONTH = /^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const FROM_TO = /\bfrom (?:about |around |roughly |~)?(\d[\d.,]*)\s*(?:%|percent|pp|k|m)?(?:\s+[\p{L}\d]+){0,4}?\s+to (?:under |below |over |above |at least |about |~)?(\d[\d.,]*)/iu;
const COMPARED = /(?:\b(?:under|below|over|above|at least|at most|less than|more than|fewer than|reach(?:es|ing)?|hits?|to|by)\s+|[≥≤<>]=?\s*)~?\d[\d.,]*\s*(?:%|percent|×)/i;
const TIME_TARGET = /\b(?:under|below|less than|at most|in under)\s+(?:\d+|one|two|three|a|an)\s+(?:seconds?|minutes?|hours?|days?|weeks?)\b/i;
const BY_DEADLINE = /\d[\d.,]*\s*%?\s+[\p{L} -]{0,40}?\bby (?:the end of |end of )?(?:q[1-4]|h[12]|january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|year-end|next year)\b/iu;
const BASELINE = /\b(?:baseline|target)\b/i;
const WORD_TARGET = /\b(?:doubles?|halves?|halve|triples?|cut in half|by (?:half|a (?:half|third|quarter|fifth)))\b/i;
const WITHIN = /\d[\d.,]*\s*%.*\b(?:within|in) (?:the first |the next )?(?:\d+|one|two|three|four|six|nine|twelve|a) (?:days?|weeks?|months?|quarters?|years?)\b/i;
const KEY_RESULT = /^KR ?\d*\s*[:.)-]/i;
const YEAR = /^(?:19|20)\d\d$/;

/** A metric with a target: "from 20% to 30%", "below 10%", "400 shops by December", "35% within six months", or a table with a Target column. */
function findMeasure(model: CheckModel): number {
  for (let line = model.firstLine; line < model.lineCount; line++) {
    const entry = model.line(line);
    if (entry.kind === 'row' && isTargetTable(model, line)) return line;
    if (entry.kind !== 'text' && entry.kind !== 'list') continue;
    if (statesTarget(entry.plain)) return line;
  }
  return -1;
}

function statesTarget(plain: string): boolean {
  if (TIME_TARGET.test(plain) || WORD_TARGET.test(plain)) return true;
  if (!/\d/.test(plain)) return false; // every other way of stating a target has a number
  const fromTo = FROM_TO.exec(plain);
  if (fromTo && !(YEAR.test(fromTo[1]) && YEAR.test(fromTo[2])) && !MONTH.test(plain.slice(fromTo.index + fromTo[0].length))) return true;
  return COMPARED.test(plain) || BY_DEADLINE.test(plain) || WITHIN.test(plain) || BASELINE.test(plain) || KEY_RESULT.test(plain);
}

/** A table whose header names a target (or a goal) column, with a row under it. */
function isTargetTable(model: CheckModel, line: number): boolean {
  if (model.line(line - 1).kind === 'row') return false;
  return /\b(?:target|goal)s?\b/i.test(model.line(line).plain) && model.line(line + 2).kind === 'row';
}
