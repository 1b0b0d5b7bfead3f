import { allRules } from '../rules';
import type { SeveritySetting } from '../types';
import { CONFIG_FILE_NAME, DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_MAX_DOCUMENT_SIZE, MAX_GLOBS, MAX_TERM_LENGTH, MAX_TERMS } from './defaults';
import { globProblem } from './glob';

/** The settings the extension and the CLI share; the project file and VS Code settings both map onto it. */
export interface LensConfig {
  include: string[];
  exclude: string[];
  rules: Record<string, SeveritySetting>;
  terms: { po: string[]; pm: string[]; ignore: string[] };
  maxDocumentSize: number;
}

export interface ConfigResult {
  config: LensConfig;
  /** One sentence per bad value, naming its key; that key fell back to its default. */
  problems: string[];
}

export const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];
const TERM_LISTS = ['po', 'pm', 'ignore'] as const;
const KEYS = ['include', 'exclude', 'rules', 'terms', 'maxDocumentSize'];

export function defaultConfig(): LensConfig {
  return {
    include: [...DEFAULT_INCLUDE],
    exclude: [...DEFAULT_EXCLUDE],
    rules: {},
    terms: { po: [], pm: [], ignore: [] },
    maxDocumentSize: DEFAULT_MAX_DOCUMENT_SIZE,
  };
}

/** Validates a parsed config value. Never throws; every problem is reported and only its own key falls back. */
export function readConfig(raw: unknown): ConfigResult {
  const config = defaultConfig();
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { config, problems };
  if (!isObject(raw)) {
    problems.push('The configuration must be a JSON object such as {"rules": {"section-lean": "off"}}; using the defaults.');
    return { config, problems };
  }
  const unknownKeys = Object.keys(raw).filter((key) => !KEYS.includes(key) && key !== '$schema');
  if (unknownKeys.length > 0) problems.push(`${unknownSettings(unknownKeys)}; the settings are ${list(KEYS)}.`);
  if (raw.include !== undefined) config.include = readGlobs('include', raw.include, config.include, problems);
  if (raw.exclude !== undefined) config.exclude = readGlobs('exclude', raw.exclude, config.exclude, problems);
  if (raw.rules !== undefined) config.rules = readRules(raw.rules, problems);
  if (raw.terms !== undefined) config.terms = readTerms(raw.terms, problems);
  if (raw.maxDocumentSize !== undefined) {
    const size = raw.maxDocumentSize;
    if (typeof size === 'number' && Number.isInteger(size) && size > 0) config.maxDocumentSize = size;
    else problems.push(`"maxDocumentSize" must be a positive whole number of characters; using ${DEFAULT_MAX_DOCUMENT_SIZE}.`);
  }
  return { config, problems };
}

/** Parses the text of `.backlog-lens.json`; a syntax error is a problem, never an exception. */
export function parseConfigText(text: string): ConfigResult {
  const json = text.replace(/^\uFEFF/, '');
  if (!json.trim()) return readConfig(undefined);
  try {
    return readConfig(JSON.parse(json));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { config: defaultConfig(), problems: [`${CONFIG_FILE_NAME} is not valid JSON (${reason}); using the defaults.`] };
  }
}

function readGlobs(key: string, value: unknown, fallback: string[], problems: string[]): string[] {
  if (!isStringArray(value)) {
    problems.push(`"${key}" must be a list of glob strings such as ["**/backlog*.md"]; using the default.`);
    return fallback;
  }
  if (value.length > MAX_GLOBS) {
    problems.push(`"${key}" has ${value.length} globs, more than the limit of ${MAX_GLOBS}; using the default.`);
    return fallback;
  }
  for (const [index, glob] of value.entries()) {
    const problem = glob.trim() === '' ? 'is empty' : globProblem(glob);
    if (problem) {
      problems.push(`"${key}" glob ${index + 1} ${problem}; using the default.`);
      return fallback;
    }
  }
  return [...value];
}

function readRules(value: unknown, problems: string[]): Record<string, SeveritySetting> {
  if (!isObject(value)) {
    problems.push('"rules" must be an object mapping rule ids to severities; using every rule\'s default.');
    return {};
  }
  const rules: Record<string, SeveritySetting> = {};
  const unknown: string[] = [];
  const wrong: string[] = [];
  for (const [id, severity] of Object.entries(value)) {
    const rule = allRules.find((known) => known.id === id);
    if (!rule) unknown.push(id);
    else if (!SEVERITIES.includes(severity as SeveritySetting)) wrong.push(`"rules.${id}" must be one of ${list(SEVERITIES, 'or')}; using its default, ${rule.defaultSeverity}.`);
    else rules[id] = severity as SeveritySetting;
  }
  if (unknown.length > 0) {
    problems.push(`"rules" names ${unknown.length === 1 ? 'an unknown rule' : 'unknown rules'} ${someOf(unknown)}; the rules are ${list(allRules.map((known) => known.id))}.`);
  }
  problems.push(...wrong);
  return rules;
}

function readTerms(value: unknown, problems: string[]): LensConfig['terms'] {
  const terms: LensConfig['terms'] = { po: [], pm: [], ignore: [] };
  if (!isObject(value)) {
    problems.push('"terms" must be an object with "po", "pm" and "ignore" lists; using no custom terms.');
    return terms;
  }
  const unknownKeys = Object.keys(value).filter((key) => !(TERM_LISTS as readonly string[]).includes(key));
  if (unknownKeys.length > 0) problems.push(`${unknownSettings(unknownKeys.map((key) => `terms.${key}`))}; "terms" has ${list(TERM_LISTS)}.`);
  for (const key of TERM_LISTS) {
    const list = value[key];
    if (list === undefined) continue;
    const problem = termListProblem(list);
    if (problem) problems.push(`"terms.${key}" ${problem}; using none.`);
    else terms[key] = [...(list as string[])];
  }
  return terms;
}

function termListProblem(value: unknown): string | undefined {
  if (!isStringArray(value)) return 'must be a list of words or phrases';
  if (value.length > MAX_TERMS) return `has ${value.length} terms, more than the limit of ${MAX_TERMS}`;
  const long = value.find((term) => term.length > MAX_TERM_LENGTH);
  if (long !== undefined) return `has a term longer than ${MAX_TERM_LENGTH} characters ("${long.slice(0, 20)}…")`;
  if (value.some((term) => term.trim() === '')) return 'has an empty term';
  return undefined;
}

/** `Unknown setting "x" is ignored`, or for many, one sentence that quotes a few of them. */
function unknownSettings(keys: string[]): string {
  return keys.length === 1 ? `Unknown setting ${someOf(keys)} is ignored` : `Unknown settings ${someOf(keys)} are ignored`;
}

/**
 * `"a"`, `"a" and "b"`, or `"a", "b", "c" and 4,997 more`: names quoted (and cut) for one sentence, so that a
 * config with thousands of unknown names gives one short line, not megabytes of warnings.
 */
function someOf(names: string[], shown = 3): string {
  const quoted = names.slice(0, shown).map((name) => JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name));
  return list(names.length > shown ? [...quoted, `${(names.length - shown).toLocaleString('en-US')} more`] : quoted);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function list(items: readonly string[], last = 'and'): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}
