/**
 * The goal a backlog works toward: a Product Goal for a product backlog, a Sprint Goal for a sprint plan. Found
 * by a heading with text under it (`## Product Goal`, `## Goal for this sprint`), a `Goal: …` label, or a
 * sentence that states it ("Our Product Goal is …").
 */
import type { BacklogKind } from './shape';
import { hasText, type CheckModel } from './model';

const GOAL_WORD = /\b(?:goals?|objectives?|north star)\b|\b(?:produkt|sprint)-?ziel|^ziel\b|\bobjectif\b|\bobjetivo\b/i;
const NON_GOALS = /\bnon-?goals?\b/i;
/** `Product Goal: …`, `Sprint 14 goal — …`, `Goal (Q3): …`, `Goal for Q2: …`, `North star: …`; the kind, if named, is in group 1 or 2. */
const LABEL = /^(?:(?:our|the|this) )?(?:(product|sprint)(?: \d+)? )?(?:goal|objective|north star)(?: (?:for|of) (?:this |the )?(sprint|[\w -]{1,30}?))?\s*(?:\([^)]*\))?\s*(?::|—|–|- )\s*\S/i;
const SENTENCE = /\b(?:our|the|this) (product|sprint) goal (?:is|will be|:)\s|\bthe goal (?:of|for) (?:this|the) (sprint)\b/i;
/** A goal stated in the title itself: `# Sprint 14 — Goal: …`. */
const IN_TITLE = /\b(?:(product|sprint) )?goal\s*[:—–]\s*\S/i;

/** The kind of goal a heading names: `Product Goal`, `Produktziel`, `objectif produit` → product; any sprint → sprint. */
function kindNamed(heading: string): string | undefined {
  if (/\bproduct (?:goal|objective)\b|\bproduktziel|\bobjectif (?:du )?produit|\bobjetivo del producto/i.test(heading)) return 'product';
  return /\bsprint/i.test(heading) ? 'sprint' : undefined;
}

/** The line that states the goal the document owes, or -1. A Product Goal does not stand in for a Sprint Goal. */
export function findGoal(model: CheckModel, kind: BacklogKind): number {
  const fits = (named: string | undefined) => named === undefined || named.toLowerCase() === kind;
  for (let index = 0; index < model.sections.length; index++) {
    const section = model.sections[index];
    if (section.level === 0) continue;
    const line = model.sectionStart[index];
    const heading = section.heading;
    const named = kindNamed(heading);
    if (IN_TITLE.test(heading) && fits(IN_TITLE.exec(heading)?.[1])) return line;
    if (index === model.title || NON_GOALS.test(heading) || !GOAL_WORD.test(heading) || !fits(named)) continue;
    if (hasText(model, line + 1, model.sectionEnd[index])) return line;
  }
  for (let line = model.firstLine; line < model.lineCount; line++) {
    const entry = model.line(line);
    if (entry.kind !== 'text' && entry.kind !== 'list') continue;
    const label = LABEL.exec(entry.plain);
    // `Goal for Q2:` names a period, not a kind: it fits either.
    if (label && fits(label[1] ?? (label[2]?.toLowerCase() === 'sprint' ? 'sprint' : undefined))) return line;
    const sentence = SENTENCE.exec(entry.plain);
    if (sentence && fits(sentence[1] ?? sentence[2])) return line;
  }
  return -1;
}
