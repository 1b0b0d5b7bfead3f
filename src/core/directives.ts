/**
 * Directives live in HTML comments, so they vanish from rendered Markdown:
 *   <!-- backlog-lens-disable [rule …] -->   … <!-- backlog-lens-enable [rule …] -->   a region
 *   <!-- backlog-lens-disable-next-section [rule …] -->   the next heading's section, subsections included
 *   <!-- backlog-lens-disable-file [rule …] -->           the whole file, wherever it stands
 * Without a rule list a directive covers every rule, and the covered text also contributes no evidence:
 * it is as if the lens could not see it. With a rule list only those rules' findings are dropped.
 */
export const DIRECTIVE_PREFIX = 'backlog-lens-';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-section' | 'disable-file';

const KINDS: readonly DirectiveKind[] = ['disable', 'enable', 'disable-next-section', 'disable-file'];
/** The key under which a directive without a rule list is recorded. */
export const ALL_RULES = '*';

export interface Directive {
  kind: DirectiveKind;
  /** Empty: every rule. */
  rules: string[];
}

/** The comment that `parseDirective` reads back: what the editor's quick fixes insert. */
export function directiveText(kind: DirectiveKind, rules: readonly string[] = []): string {
  return `<!-- ${DIRECTIVE_PREFIX}${kind}${rules.length ? ` ${rules.join(' ')}` : ''} -->`;
}

/** The directive in a comment's inner text, if it is one. Rule ids may be separated by spaces or commas. */
export function parseDirective(body: string): Directive | undefined {
  const words = body.trim().split(/[\s,]+/);
  if (!words[0].startsWith(DIRECTIVE_PREFIX)) return undefined;
  const kind = words[0].slice(DIRECTIVE_PREFIX.length) as DirectiveKind;
  if (!KINDS.includes(kind)) return undefined;
  return { kind, rules: words.slice(1).filter(Boolean) };
}
