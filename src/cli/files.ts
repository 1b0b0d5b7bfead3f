import * as path from 'node:path';
import { globProblem, isPlanningPath, matchesGlob } from '../core';
import { describeError, type FileSystem } from './io';

/** What `check` reads: a document to analyse, or a target that could not be resolved. */
export type Target =
  | { kind: 'file'; path: string }
  | { kind: 'error'; path: string; message: string }
  | { kind: 'glob-error'; glob: string; message: string };

export interface Selection {
  cwd: string;
  /** Where the include / exclude globs are anchored: the config file's folder, or the current one. */
  base: string;
  include: readonly string[];
  exclude: readonly string[];
}

const DOCUMENT_EXTENSIONS = ['.md', '.markdown', '.txt'];
const NEVER_WALKED = new Set(['.git', 'node_modules']);
const GLOB_CHARS = /[*?[\]{}]/;

export function isDocumentName(name: string): boolean {
  const lower = name.toLowerCase();
  return DOCUMENT_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** Whether `target` is `folder` or lies under it (both real, absolute paths). */
export function isInside(target: string, folder: string): boolean {
  const relative = path.relative(folder, target);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/** Slash-separated path of `target` relative to `from`. */
export function relativePath(from: string, target: string): string {
  const relative = path.relative(from, target) || '.';
  return relative.split(path.sep).join('/');
}

/**
 * The documents named by `targets`, in order and each once, as they are found. Explicit files are taken
 * whatever their name; directories and globs yield documents that pass the selection.
 */
export function* resolveTargets(targets: readonly string[], selection: Selection, fs: FileSystem): Generator<Target> {
  const seen = new Set<string>();
  const fresh = (file: string): boolean => {
    if (seen.has(file)) return false;
    seen.add(file);
    return true;
  };
  for (const target of targets) {
    const absolute = path.resolve(selection.cwd, target);
    let stats: ReturnType<FileSystem['stat']> | undefined;
    let failure: unknown;
    try {
      stats = fs.stat(absolute);
    } catch (error) {
      failure = error;
    }
    if (stats?.isFile()) {
      if (fresh(absolute)) yield { kind: 'file', path: absolute };
    } else if (stats?.isDirectory()) {
      let found = 0;
      for (const file of walk(absolute, Infinity, fs)) {
        if (!isDocumentName(file) || !selected(file, absolute, selection)) continue;
        found++;
        if (fresh(file)) yield { kind: 'file', path: file };
      }
      if (found === 0) yield { kind: 'error', path: absolute, message: `no planning documents in this directory (.md, .markdown or .txt files that pass include/exclude)` };
    } else if (stats) {
      yield { kind: 'error', path: absolute, message: 'not a file or a directory' };
    } else if (GLOB_CHARS.test(target)) {
      const problem = globProblem(target);
      if (problem) {
        yield { kind: 'glob-error', glob: target, message: `this glob ${problem}` };
        continue;
      }
      let found = 0;
      for (const file of expandGlob(target, selection, fs)) {
        found++;
        if (fresh(file)) yield { kind: 'file', path: file };
      }
      if (found === 0) yield { kind: 'glob-error', glob: target, message: 'no planning documents match this glob' };
    } else {
      yield { kind: 'error', path: absolute, message: describeError(failure) };
    }
  }
}

/** The path include / exclude globs see: relative to the config's folder or, for a file outside it, to the walked root. */
function patternPath(file: string, root: string, selection: Selection): string {
  const relative = relativePath(selection.base, file);
  return relative.startsWith('../') || path.isAbsolute(relative) ? relativePath(root, file) : relative;
}

function selected(file: string, root: string, selection: Selection): boolean {
  return isPlanningPath(patternPath(file, root, selection), [...selection.include], [...selection.exclude]);
}

function excluded(file: string, root: string, selection: Selection): boolean {
  const relative = patternPath(file, root, selection);
  return selection.exclude.some((glob) => matchesGlob(relative, glob));
}

/** Documents matching a glob: walk from its literal prefix, match the rest; exclude still applies. */
function* expandGlob(pattern: string, selection: Selection, fs: FileSystem): Generator<string> {
  const segments = pattern.replace(/\\/g, '/').split('/');
  let literal = 0;
  while (literal < segments.length - 1 && !GLOB_CHARS.test(segments[literal])) literal++;
  const prefix = segments.slice(0, literal).join('/');
  const rest = segments.slice(literal).filter((segment) => segment !== '.').join('/');
  const root = path.resolve(selection.cwd, prefix === '' && pattern.startsWith('/') ? '/' : prefix || '.');
  const depth = segments.slice(literal).some((segment) => segment.includes('**')) ? Infinity : segments.length - literal;
  try {
    if (!fs.stat(root).isDirectory()) return;
  } catch {
    return;
  }
  for (const file of walk(root, depth, fs)) {
    if (isDocumentName(file) && matchesGlob(relativePath(root, file), rest) && !excluded(file, root, selection)) yield file;
  }
}

/**
 * Files under `directory`, depth-first in name order, at most `depth` levels down. Symbolic links to files are
 * followed only when the file really lies under the walked folder (a repository's link to `/etc/passwd` is not
 * a document of it); links to directories are not (no cycles); unreadable sub-directories are passed over.
 */
function* walk(directory: string, depth: number, fs: FileSystem, root = realpathOrSelf(directory, fs)): Generator<string> {
  let entries: ReturnType<FileSystem['readdir']>;
  try {
    entries = fs.readdir(directory);
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (depth > 1 && !NEVER_WALKED.has(entry.name)) yield* walk(full, depth - 1, fs, root);
    } else if (entry.isFile()) {
      yield full;
    } else if (entry.isSymbolicLink()) {
      try {
        if (fs.stat(full).isFile() && isInside(fs.realpath(full), root)) yield full;
      } catch {
        // A dangling link is not a document.
      }
    }
  }
}

function realpathOrSelf(directory: string, fs: FileSystem): string {
  try {
    return fs.realpath(directory);
  } catch {
    return directory;
  }
}
