import * as assert from 'assert';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, isPlanningPath, matchesGlob } from '../../../src/core';
import { GLOB_LIMITS, globProblem } from '../../../src/core/config/glob';

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

  it('refuses globs over its limits, and they match nothing, without a stack overflow or a long wait', () => {
    const deep = `${'{'.repeat(10_000)}a${'}'.repeat(10_000)}`; // threw RangeError: Maximum call stack size exceeded
    const wide = '{a,b}'.repeat(500); // 2^500 alternatives: took 63 ms for each path
    const started = Date.now();
    assert.strictEqual(matchesGlob('a', deep), false);
    for (let i = 0; i < 1000; i++) assert.strictEqual(matchesGlob(`docs/${'ab'.repeat(250)}-${i}`, wide), false);
    assert.ok(Date.now() - started < 500, `${Date.now() - started} ms`);
    assert.match(globProblem(deep) ?? '', /^is longer than 1000 characters$/);
    const nested = `${'{'.repeat(GLOB_LIMITS.braceDepth + 1)}a${'}'.repeat(GLOB_LIMITS.braceDepth + 1)}`;
    assert.strictEqual(globProblem(nested), 'nests braces deeper than 10 levels');
    assert.strictEqual(globProblem(nested.slice(1, -1)), undefined, 'ten levels are fine');
    assert.ok(matchesGlob('a', nested.slice(1, -1)));
    assert.strictEqual(globProblem('{a,b}'.repeat(11)), 'expands to more than 1024 alternatives');
    assert.strictEqual(globProblem('{a,b}'.repeat(10)), undefined);
    assert.ok(matchesGlob('ab'.repeat(5), '{a,b}'.repeat(10)));
    for (const glob of [...DEFAULT_INCLUDE, ...DEFAULT_EXCLUDE]) assert.strictEqual(globProblem(glob), undefined, glob);
  });

  it('reads unclosed and unmatched braces literally, nested ones as alternatives', () => {
    assert.ok(matchesGlob('{a.md', '{a.md'));
    assert.ok(matchesGlob('a}.md', 'a}.md'));
    assert.ok(matchesGlob('{xc.md', '{x{b,c}.md'), 'the outer brace is unclosed, the inner group still works');
    assert.ok(matchesGlob('a/y.md', '{a/{x,y},b}.md') && matchesGlob('b.md', '{a/{x,y},b}.md') && !matchesGlob('a.md', '{a/{x,y},b}.md'));
  });

  it('costs time linear in the path, even for a glob at its limits', () => {
    const glob = `**/${'{*a*,*b*}'.repeat(10)}/**/*.md`; // 1024 alternatives, each backtracking over ** and *
    const time = (segments: number) => {
      const path = `${'x/'.repeat(segments)}${'c'.repeat(segments)}`;
      matchesGlob(path, glob);
      const started = process.hrtime.bigint();
      for (let i = 0; i < 3; i++) matchesGlob(path, glob);
      return Number(process.hrtime.bigint() - started);
    };
    time(50); // warm up
    const ratio = time(800) / time(100);
    assert.ok(ratio < 16, `8 times the path took ${ratio.toFixed(1)} times as long`);
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
