import * as assert from 'assert';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, isPlanningPath, matchesGlob } from '../../../src/core';

describe('glob matcher', () => {
  const cases: [string, string, boolean][] = [
    ['docs/plan.md', '**/*.md', true],
    ['plan.md', '**/*.md', true],
    ['docs/a/b/plan.md', 'docs/**/plan.md', true],
    ['docs/plan.md', 'docs/**/plan.md', true],
    ['docs/plan.md', 'docs/*.txt', false],
    ['docs/a/plan.md', 'docs/*.md', false],
    ['Docs/PLAN.MD', 'docs/plan.md', true],
    ['docs\\plan.md', 'docs/plan.md', true],
    ['./docs/plan.md', 'docs/*.md', true],
    ['a.md', '?.md', true],
    ['ab.md', '?.md', false],
    ['roadmap.md', '{backlog,roadmap}.md', true],
    ['roadmap.md', 'road{,map}.md', true],
    ['road.md', 'road{,map}.md', true],
    ['x/y.md', '{x/*,z}.md', true],
    ['b.md', '[abc].md', true],
    ['d.md', '[abc].md', false],
    ['d.md', '[!abc].md', true],
    ['q.md', '[a-z].md', true],
    ['[.md', '[.md', true],
    ['a+b.md', 'a+b.md', true],
    ['aab.md', 'a+b.md', false],
    ['file(1).md', 'file(1).md', true],
    ['xy', 'x.*', false],
  ];
  for (const [path, glob, expected] of cases) {
    it(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => assert.strictEqual(matchesGlob(path, glob), expected));
  }

  it('stays fast on patterns that would make a backtracking regex explode', () => {
    const path = `${'a/'.repeat(40)}${'a'.repeat(60)}`;
    assert.strictEqual(matchesGlob(path, `${'**/'.repeat(20)}${'*a'.repeat(20)}b`), false);
  });
});

describe('planning paths', () => {
  const planning = (path: string) => isPlanningPath(path, DEFAULT_INCLUDE, DEFAULT_EXCLUDE);

  it('includes planning-document names and folders, case-insensitive', () => {
    for (const path of ['BACKLOG.md', 'docs/product-roadmap.md', 'PRD.markdown', 'q3_okrs.md', 'team/sprint-12.md', 'user-stories.txt', 'docs/sprints/week-3/log.md', 'Vision.md', 'planning.md']) {
      assert.ok(planning(path), path);
    }
  });

  it('leaves out other documents and the usual noise', () => {
    for (const path of ['README.md', 'history.md', 'docs/revision.md', 'node_modules/x/backlog.md', '.git/roadmap.md', 'CHANGELOG.md', 'requirements.txt', 'backlog.json']) {
      assert.ok(!planning(path), path);
    }
  });
});
