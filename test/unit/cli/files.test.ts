import * as assert from 'assert';
import { join } from 'path';
import { resolveTargets, type Selection, type Target } from '../../../src/cli/files';
import { nodeFileSystem } from '../../../src/cli/io';
import { workspace, write } from './helpers';

describe('cli: resolveTargets', () => {
  const tree = {
    'README.md': '# Read me',
    'docs/b-roadmap.md': '# Roadmap',
    'docs/a-backlog.markdown': '# Backlog',
    'docs/notes.txt': 'notes',
    'docs/diagram.png': 'not a document',
    'docs/archive/old.md': '# Old',
    'docs/deep/er/story.md': '# Story',
    'node_modules/pkg/README.md': '# Dependency',
    '.git/description.md': '# Git',
  };
  let ws: ReturnType<typeof workspace>;
  let selection: Selection;
  beforeEach(() => {
    ws = workspace(tree);
    selection = { cwd: ws.dir, base: ws.dir, include: ['**/*.md', '**/*.markdown', '**/*.txt'], exclude: ['**/archive/**'] };
  });
  afterEach(() => ws.cleanup());

  const resolve = (targets: string[], overrides: Partial<Selection> = {}): Target[] => [...resolveTargets(targets, { ...selection, ...overrides }, nodeFileSystem)];
  const files = (targets: string[], overrides: Partial<Selection> = {}): string[] =>
    resolve(targets, overrides).map((target) => (target.kind === 'file' ? target.path.slice(ws.dir.length + 1).split('\\').join('/') : `error: ${JSON.stringify(target)}`));

  it('walks a directory in name order for documents that pass include / exclude, never into .git or node_modules', () => {
    assert.deepStrictEqual(files(['.']), ['README.md', 'docs/a-backlog.markdown', 'docs/b-roadmap.md', 'docs/deep/er/story.md', 'docs/notes.txt']);
  });

  it('applies include: a directory walk yields only what the config selects', () => {
    assert.deepStrictEqual(files(['docs'], { include: ['**/*.txt'] }), ['docs/notes.txt']);
  });

  it('takes an explicit file whatever its name, extension or exclusion', () => {
    assert.deepStrictEqual(files(['docs/diagram.png', 'docs/archive/old.md']), ['docs/diagram.png', 'docs/archive/old.md']);
  });

  it('expands globs from their literal prefix, documents only, exclude still applying', () => {
    assert.deepStrictEqual(files(['docs/*']), ['docs/a-backlog.markdown', 'docs/b-roadmap.md', 'docs/notes.txt']);
    assert.deepStrictEqual(files(['docs/**/*.md']), ['docs/b-roadmap.md', 'docs/deep/er/story.md']);
    assert.deepStrictEqual(files([join(ws.dir, 'docs', '*.txt')]), ['docs/notes.txt']);
  });

  it('yields each file once, in the order first named', () => {
    assert.deepStrictEqual(files(['docs/notes.txt', 'docs', 'docs/*.txt']), ['docs/notes.txt', 'docs/a-backlog.markdown', 'docs/b-roadmap.md', 'docs/deep/er/story.md']);
  });

  it('reports a missing file, a directory without documents and a glob that matches nothing, and goes on', () => {
    write(ws.dir, 'empty/images/logo.png', 'PNG'); // Only a non-document: "without documents" too.
    const targets = resolve(['missing.md', 'empty', 'nothing/*.md', 'README.md']);
    assert.deepStrictEqual(targets, [
      { kind: 'error', path: join(ws.dir, 'missing.md'), message: 'no such file or directory' },
      { kind: 'error', path: join(ws.dir, 'empty'), message: 'no planning documents in this directory (.md, .markdown or .txt files that pass include/exclude)' },
      { kind: 'glob-error', glob: 'nothing/*.md', message: 'no planning documents match this glob' },
      { kind: 'file', path: join(ws.dir, 'README.md') },
    ]);
  });
});
