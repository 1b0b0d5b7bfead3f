/**
 * The template library. `snippets/templates.json` is the single source: VS Code reads it as a snippet file
 * (for Markdown and plain text) and the Insert Template command and the explainer read it through here.
 * Bodies stay in snippet syntax (`${1:default}`, `${2|a,b|}`, `$0`), ready for a SnippetString.
 */
import snippets from '../../snippets/templates.json';
import type { Side } from './types';

export type TemplateKind = 'goal' | 'item' | 'practice' | 'brief';

export interface Template {
  /** The snippet prefix without `bl-`: `goal`, `story`, `prfaq`. */
  id: string;
  /** The snippet's name in the JSON file. */
  label: string;
  /** One sentence. */
  description: string;
  /** Whose document this is: the Product Owner's (delivery) or the Product Manager's (market). */
  side: Side;
  kind: TemplateKind;
  /** Snippet syntax, lines joined with `\n`. */
  body: string;
}

const PREFIX = 'bl-';

/** Side and kind per template id. Backlog items and Scrum artifacts are the Product Owner's; briefs and OKRs the Product Manager's. */
const classification: Readonly<Record<string, { side: Side; kind: TemplateKind }>> = {
  goal: { side: 'po', kind: 'goal' },
  'sprint-goal': { side: 'po', kind: 'goal' },
  dod: { side: 'po', kind: 'practice' },
  story: { side: 'po', kind: 'item' },
  job: { side: 'po', kind: 'item' },
  bug: { side: 'po', kind: 'item' },
  spike: { side: 'po', kind: 'item' },
  enabler: { side: 'po', kind: 'item' },
  item: { side: 'po', kind: 'item' },
  brief: { side: 'pm', kind: 'brief' },
  opportunity: { side: 'pm', kind: 'brief' },
  prfaq: { side: 'pm', kind: 'brief' },
  okr: { side: 'pm', kind: 'goal' },
};

function toTemplate([label, snippet]: [string, { prefix: string; body: string[]; description: string }]): Template {
  const id = snippet.prefix.startsWith(PREFIX) ? snippet.prefix.slice(PREFIX.length) : snippet.prefix;
  const meta = classification[id];
  // Fails at load, and so in every test run, when a snippet is added without a row above.
  if (!meta) throw new Error(`templates.ts: no side/kind for snippet "${snippet.prefix}"`);
  return { id, label, description: snippet.description, side: meta.side, kind: meta.kind, body: snippet.body.join('\n') };
}

/** Every template, in the order of the snippet file. */
export const templates: readonly Template[] = Object.freeze(Object.entries(snippets).map(toTemplate));

export function findTemplate(id: string): Template | undefined {
  return templates.find((template) => template.id === id);
}
