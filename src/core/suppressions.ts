import { ALL_RULES, type Directive } from './directives';

interface OpenSection {
  level: number;
  rules: string[];
  startLine: number;
}

/**
 * Tracks directives while the scanner walks the lines, then answers "is this rule off at this line?".
 * Lines are recorded as closed intervals per rule (or ALL_RULES), merged and searched by bisection.
 */
export class Suppressions {
  private readonly intervals = new Map<string, number[][]>();
  private readonly regions = new Map<string, number>();
  private pendingSection: string[] | undefined;
  private readonly openSections: OpenSection[] = [];
  private readonly fileRules = new Set<string>();
  /** True while a directive without a rule list covers the current line: no evidence is collected. */
  blind = false;

  apply(directive: Directive, line: number): void {
    const keys = directive.rules.length ? directive.rules : [ALL_RULES];
    switch (directive.kind) {
      case 'disable':
        for (const key of keys) if (!this.regions.has(key)) this.regions.set(key, line);
        break;
      case 'enable':
        for (const key of directive.rules.length ? keys : [...this.regions.keys()]) {
          const start = this.regions.get(key);
          if (start === undefined) continue;
          this.add(key, start, line);
          this.regions.delete(key);
        }
        break;
      case 'disable-next-section':
        this.pendingSection = keys;
        break;
      case 'disable-file':
        for (const key of keys) this.fileRules.add(key);
        break;
    }
    this.updateBlind();
  }

  /** Called at every heading: closes next-section spans it ends and opens a pending one. */
  heading(level: number, line: number): void {
    for (let i = this.openSections.length - 1; i >= 0; i--) {
      const open = this.openSections[i];
      if (level > open.level) continue;
      for (const key of open.rules) this.add(key, open.startLine, line - 1);
      this.openSections.splice(i, 1);
    }
    if (this.pendingSection) {
      this.openSections.push({ level, rules: this.pendingSection, startLine: line });
      this.pendingSection = undefined;
    }
    this.updateBlind();
  }

  /** Closes whatever is still open at the last line. */
  finish(lastLine: number): void {
    for (const [key, start] of this.regions) this.add(key, start, lastLine);
    this.regions.clear();
    for (const open of this.openSections) for (const key of open.rules) this.add(key, open.startLine, lastLine);
    this.openSections.length = 0;
    for (const [key, list] of this.intervals) this.intervals.set(key, merge(list));
  }

  /** The whole file is off for every rule: no evidence and no findings. */
  get fileBlind(): boolean {
    return this.fileRules.has(ALL_RULES);
  }

  isSuppressed(rule: string, line: number): boolean {
    if (this.fileRules.has(ALL_RULES) || this.fileRules.has(rule)) return true;
    return covers(this.intervals.get(ALL_RULES), line) || covers(this.intervals.get(rule), line);
  }

  private add(key: string, start: number, end: number): void {
    let list = this.intervals.get(key);
    if (!list) this.intervals.set(key, (list = []));
    list.push([start, Math.max(start, end)]);
  }

  private updateBlind(): void {
    this.blind = this.regions.has(ALL_RULES) || this.openSections.some((open) => open.rules.includes(ALL_RULES));
  }
}

function merge(list: number[][]): number[][] {
  list.sort((a, b) => a[0] - b[0]);
  const merged: number[][] = [];
  for (const interval of list) {
    const last = merged[merged.length - 1];
    if (last && interval[0] <= last[1] + 1) last[1] = Math.max(last[1], interval[1]);
    else merged.push([...interval]);
  }
  return merged;
}

function covers(list: number[][] | undefined, line: number): boolean {
  if (!list) return false;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (line < list[mid][0]) high = mid - 1;
    else if (line > list[mid][1]) low = mid + 1;
    else return true;
  }
  return false;
}
