/** The engine's public API, shared by the desktop extension, the web extension and the CLI. */
export { analyze } from './analyze';
export { plainEvidence } from './evidence/occurrence';
export { defaultOptions, type LensOptions } from './options';
export { CONFIG_FILE_NAME, DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_MAX_DOCUMENT_SIZE } from './config/defaults';
export { defaultConfig, parseConfigText, readConfig, type ConfigResult, type LensConfig } from './config/config';
export { globProblem, isPlanningPath, matchesGlob } from './config/glob';
export { DIRECTIVE_PREFIX, directiveText, parseDirective, type Directive, type DirectiveKind } from './directives';
export { REPOSITORY_URL, ruleDocUrl, rules, type RuleMeta } from './rules';
export type * from './types';
