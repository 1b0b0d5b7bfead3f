/**
 * Whether a backlog shows its order: numbered items, a priority or rank on the items, headings that rank
 * them (Now / Next / Later, MoSCoW, P1), or a statement of what they are ordered by.
 */
import type { BacklogItem } from './items';
import type { CheckModel } from './model';

const STATEMENT = /\b(?:ordered|sorted|ranked|prioriti[sz]ed|listed) (?:by|on|after|at|with|from|in)\b|\bin (?:the |priority )?order\b|\btop (?:=|is|means) (?:next|first|highest)\b|\b(?:top of the (?:list|backlog)|from the top)\b|\b(?:highest|most important|most valuable|top)(?: priority| value)? first\b|\border of (?:priority|importance|value)\b|\b(?:sortiert|priorisiert|geordnet) nach\b|\bnach (?:wert|priorität) (?:sortiert|geordnet)|\b(?:trié|classé)e?s? par\b|\bpar ordre de\b|\bordenad[oa]s? por\b|\bpor orden de\b/i;
const FIELD = /\b(?:priority|prio|rank|order|moscow)\s*[:=#]|\bP[0-4]\b|\b(?:must|should|could|won't) have\b/i;
const RANKING_HEADING = /^(?:now|next|later|soon|must have|should have|could have|won't have|high|medium|low|p[0-4])\b|\bpriorit/i;
const TABLE_RANK = /^\|?\s*(?:#|rank|priority|order|prio)\s*\|/i;

export function hasVisibleOrder(model: CheckModel, items: readonly BacklogItem[]): boolean {
  if (items.filter((item) => numbered(model, item)).length >= 2) return true;
  if (model.sections.some((section) => section.level > 0 && RANKING_HEADING.test(section.heading.trim()))) return true;
  for (const item of items) {
    for (let line = item.line; line <= item.end; line++) if (FIELD.test(model.line(line).plain)) return true;
    if (item.shape === 'row' && TABLE_RANK.test(tableHeader(model, item.line))) return true;
  }
  for (let line = 0; line < model.lineCount; line++) {
    const entry = model.line(line);
    if (entry.kind !== 'skip' && STATEMENT.test(entry.plain)) return true;
  }
  return false;
}

function numbered(model: CheckModel, item: BacklogItem): boolean {
  const entry = model.line(item.line);
  return entry.ordered || (item.shape === 'heading' && /^\d+[.)]\s/.test(entry.plain));
}

function tableHeader(model: CheckModel, line: number): string {
  let header = line;
  while (header > 0 && model.line(header - 1).kind === 'row') header--;
  return model.line(header).plain;
}
