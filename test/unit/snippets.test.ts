// The template library: the snippet file VS Code reads, checked with a small parser for VS Code's snippet
// grammar (a broken `${` only shows up as garbled text after insertion), and the typed view in src/core/templates.ts.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { findTemplate, templates } from '../../src/core/templates';

const root = join(__dirname, '../..');

interface Snippet {
  prefix: string;
  body: string[];
  description: string;
}

/** The variables VS Code resolves in snippets; anything else is almost always a typo. */
const KNOWN_VARIABLES = new Set([
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER', 'TM_FILENAME',
  'TM_FILENAME_BASE', 'TM_DIRECTORY', 'TM_FILEPATH', 'RELATIVE_FILEPATH', 'CLIPBOARD', 'WORKSPACE_NAME',
  'WORKSPACE_FOLDER', 'CURSOR_INDEX', 'CURSOR_NUMBER', 'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH',
  'CURRENT_MONTH_NAME', 'CURRENT_MONTH_NAME_SHORT', 'CURRENT_DATE', 'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT',
  'CURRENT_HOUR', 'CURRENT_MINUTE', 'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX', 'CURRENT_TIMEZONE_OFFSET', 'RANDOM',
  'RANDOM_HEX', 'UUID', 'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END', 'LINE_COMMENT',
]);

interface Tabstop {
  index: number;
  /** The placeholder text or the choices; undefined for a bare `$n` / `${n}`. */
  value?: string;
}

interface ParseResult {
  problems: string[];
  tabstops: Tabstop[];
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isNameStart = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z_]/.test(ch);
const isNameChar = (ch: string | undefined): boolean => ch !== undefined && /\w/.test(ch);

/**
 * Parses VS Code snippet syntax (tabstops, placeholders, choices, variables, `\` escapes) and reports what
 * VS Code would silently turn into literal text: unclosed `${`, malformed choices, stray `$` or `}`.
 */
function parseSnippet(text: string): ParseResult {
  const problems: string[] = [];
  const tabstops: Tabstop[] = [];
  let pos = 0;

  const readWhile = (test: (ch: string | undefined) => boolean): string => {
    const start = pos;
    while (pos < text.length && test(text[pos])) pos++;
    return text.slice(start, pos);
  };

  /** Reads text and nested elements until an unescaped `}` (consumed) when nested, or the end of input. */
  const parseAny = (nested: boolean): string => {
    let out = '';
    while (pos < text.length) {
      const ch = text[pos];
      if (ch === '\\' && ['$', '}', '\\'].includes(text[pos + 1])) {
        out += text[pos + 1];
        pos += 2;
      } else if (ch === '$') {
        out += parseDollar();
      } else if (ch === '}') {
        if (nested) {
          pos++;
          return out;
        }
        problems.push(`unescaped "}" at ${pos}`);
        pos++;
      } else {
        out += ch;
        pos++;
      }
    }
    if (nested) problems.push('unclosed "${"');
    return out;
  };

  /** `|a,b|}` after `${n`: returns the options, or undefined when malformed. */
  const parseChoice = (): string[] | undefined => {
    const options: string[] = [];
    let current = '';
    while (pos < text.length) {
      const ch = text[pos];
      if (ch === '\\' && [',', '|', '\\'].includes(text[pos + 1])) {
        current += text[pos + 1];
        pos += 2;
      } else if (ch === ',') {
        options.push(current);
        current = '';
        pos++;
      } else if (ch === '|') {
        options.push(current);
        if (text[pos + 1] !== '}') return undefined;
        pos += 2;
        return options;
      } else {
        current += ch;
        pos++;
      }
    }
    return undefined;
  };

  const parseDollar = (): string => {
    const start = pos;
    pos++; // the `$`
    if (isDigit(text[pos])) {
      tabstops.push({ index: Number(readWhile(isDigit)) });
      return '';
    }
    if (isNameStart(text[pos])) {
      const name = readWhile(isNameChar);
      if (!KNOWN_VARIABLES.has(name)) problems.push(`unknown variable "$${name}" at ${start}`);
      return '';
    }
    if (text[pos] !== '{') {
      problems.push(`stray "$" at ${start} (write "\\$" for a literal dollar)`);
      return '$';
    }
    pos++; // the `{`
    if (isDigit(text[pos])) {
      const index = Number(readWhile(isDigit));
      const next = text[pos];
      if (next === '}') {
        pos++;
        tabstops.push({ index });
      } else if (next === ':') {
        pos++;
        const slot: Tabstop = { index };
        tabstops.push(slot); // before the nested ones, so the first occurrence keeps document order
        slot.value = parseAny(true);
      } else if (next === '|') {
        pos++;
        const options = parseChoice();
        if (!options) problems.push(`malformed choice at ${start} (expected "\${n|a,b|}")`);
        else if (options.length < 2 || options.some((option) => option.trim() === '')) {
          problems.push(`choice at ${start} needs at least two non-empty options`);
        } else tabstops.push({ index, value: options.join('|') });
      } else {
        problems.push(`malformed tabstop at ${start} (expected "}", ":" or "|" after the number)`);
      }
      return '';
    }
    if (isNameStart(text[pos])) {
      const name = readWhile(isNameChar);
      if (!KNOWN_VARIABLES.has(name)) problems.push(`unknown variable "${name}" at ${start}`);
      if (text[pos] === '}') pos++;
      else if (text[pos] === ':') {
        pos++;
        parseAny(true);
      } else problems.push(`malformed variable at ${start} (transforms are not used in this library)`);
      return '';
    }
    problems.push(`"\${" at ${start} must be followed by a tabstop number or a variable name`);
    return '';
  };

  parseAny(false);
  return { problems, tabstops };
}

/** The syntax problems plus the library's own rules: every tabstop has a default, numbered 1..n without gaps, one `$0`. */
function checkSnippet(text: string): string[] {
  const { problems, tabstops } = parseSnippet(text);
  const finals = tabstops.filter((stop) => stop.index === 0);
  if (finals.length !== 1) problems.push(`expected exactly one $0, found ${finals.length}`);
  if (finals.some((stop) => stop.value !== undefined)) problems.push('$0 should be a bare final stop');
  const firstByIndex = new Map<number, Tabstop>();
  for (const stop of tabstops) {
    const first = firstByIndex.get(stop.index);
    if (!first) firstByIndex.set(stop.index, stop);
    else if (stop.value !== undefined && first.value !== undefined && stop.value !== first.value) {
      problems.push(`tabstop ${stop.index} has two different defaults`);
    }
  }
  const numbered = [...firstByIndex.keys()].filter((index) => index > 0).sort((a, b) => a - b);
  numbered.forEach((index, i) => {
    if (index !== i + 1) problems.push(`tabstops skip from ${i} to ${index}`);
  });
  for (const index of numbered) {
    if (firstByIndex.get(index)?.value === undefined) problems.push(`tabstop ${index} has no default or choices at its first use`);
  }
  return problems;
}

describe('snippet syntax checker', () => {
  const good = [
    '# T ${1:a ${2:nested}} $0',
    '# T ${1|High,Medium,Low|} and again $1 $0',
    '# T ${1|a\\,b,c|} $0',
    '# T costs \\$5 ${1:x\\}y} $0',
    '# T ${1:$CURRENT_YEAR-$CURRENT_MONTH} ${CURRENT_DATE} ${0}',
  ];
  for (const text of good) {
    it(`accepts ${JSON.stringify(text)}`, () => assert.deepStrictEqual(checkSnippet(text), []));
  }

  const bad: [string, RegExp][] = [
    ['# T ${1:unclosed $0', /unclosed/],
    ['# T ${1|High,Low} $0', /malformed choice/],
    ['# T ${1||} $0', /at least two non-empty/],
    ['# T ${1|a,,b|} $0', /at least two non-empty/],
    ['# T ${1|only|} $0', /at least two non-empty/],
    ['# T costs $ 5 ${1:x} $0', /stray "\$"/],
    ['# T a } b ${1:x} $0', /unescaped "}"/],
    ['# T ${1-x} $0', /malformed tabstop/],
    ['# T ${:x} $0', /must be followed by/],
    ['# T ${1:x} $3 $0', /skip from 1 to 3/],
    ['# T $1 $0', /no default/],
    ['# T ${1:x}', /exactly one \$0/],
    ['# T ${1:x} $0 $0', /exactly one \$0/],
    ['# T ${1:x} ${1:y} $0', /two different defaults/],
    ['# T $CURRENT_YEARS ${1:x} $0', /unknown variable/],
  ];
  for (const [text, expected] of bad) {
    it(`rejects ${JSON.stringify(text)}`, () => {
      const problems = checkSnippet(text);
      assert.ok(problems.some((problem) => expected.test(problem)), `expected ${expected} in ${JSON.stringify(problems)}`);
    });
  }
});

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: { snippets: { language: string; path: string }[] };
};
const contributed = manifest.contributes.snippets;
const files = [...new Set(contributed.map((entry) => entry.path))];

describe('snippet files', () => {
  it('one template file serves both Markdown and plain text', () => {
    assert.deepStrictEqual(files, ['./snippets/templates.json']);
    assert.deepStrictEqual(contributed.map((entry) => entry.language).sort(), ['markdown', 'plaintext']);
  });

  for (const file of files) {
    describe(file, () => {
      const snippets = JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, Snippet>;
      const entries = Object.entries(snippets);

      it('parses to an object of snippets', () => {
        assert.ok(entries.length > 0);
      });

      it('prefixes are unique and share the bl- namespace', () => {
        const prefixes = entries.map(([, snippet]) => snippet.prefix);
        assert.strictEqual(new Set(prefixes).size, prefixes.length, `duplicate prefix in ${prefixes.join(', ')}`);
        for (const prefix of prefixes) assert.match(prefix, /^bl-[a-z]+(-[a-z]+)*$/);
      });

      for (const [name, snippet] of entries) {
        describe(name, () => {
          it('has a prefix, a body of lines and a description', () => {
            assert.strictEqual(typeof snippet.prefix, 'string');
            assert.ok(Array.isArray(snippet.body) && snippet.body.length > 1, 'body is an array of lines');
            assert.ok(snippet.body.every((line) => typeof line === 'string'));
            assert.strictEqual(typeof snippet.description, 'string');
          });

          it('describes itself in one sentence ending with a period', () => {
            assert.match(snippet.description, /^[A-Z].*\.$/);
            assert.doesNotMatch(snippet.description, /[.!?]\s+[A-Z]/, 'more than one sentence');
            assert.ok(snippet.description.length <= 160, 'description is short');
          });

          it('begins with a Markdown heading', () => {
            assert.match(snippet.body[0], /^# \S/);
          });

          it('has well-formed snippet syntax', () => {
            assert.deepStrictEqual(checkSnippet(snippet.body.join('\n')), []);
          });

          it('has no tabs or trailing spaces', () => {
            for (const line of snippet.body) assert.doesNotMatch(line, /\t| $/, JSON.stringify(line));
          });

          it('puts no plural after a choice that offers 1 ("1 points")', () => {
            for (const line of snippet.body) assert.doesNotMatch(line, /\$\{\d+\|(?:[^|}]*,)?1(?:,[^|}]*)?\|\}\s+[a-z]+s\b/, JSON.stringify(line));
          });
        });
      }
    });
  }
});

/** Expected side and kind per id, and words each template must carry. */
const expected: Record<string, { side: 'po' | 'pm'; kind: string; contains: string[] }> = {
  goal: { side: 'po', kind: 'goal', contains: ['Product Goal', 'Future state', 'For whom', 'Measurable outcome', 'Horizon'] },
  'sprint-goal': { side: 'po', kind: 'goal', contains: ['Sprint Goal', 'Objective', 'Why it is valuable', 'Sprint Review'] },
  dod: { side: 'po', kind: 'practice', contains: ['Definition of Done', '- [ ]', 'Increment'] },
  story: { side: 'po', kind: 'item', contains: ['As a ', 'I want', 'so that', 'Acceptance criteria', 'Given', 'When', 'Then', '|1,2,3,5,8,13|'] },
  job: { side: 'po', kind: 'item', contains: ['When ', 'I want to', 'so I can'] },
  bug: { side: 'po', kind: 'item', contains: ['Steps to reproduce', 'Expected', 'Actual', 'Severity:** ${2|Critical,High,Medium,Low|}'] },
  spike: { side: 'po', kind: 'item', contains: ['Question', 'Timebox', 'Exit criteria'] },
  enabler: { side: 'po', kind: 'item', contains: ['Why it matters', 'Scope', 'Done when'] },
  item: { side: 'po', kind: 'item', contains: ['Description', 'Order', 'Size'] },
  brief: { side: 'pm', kind: 'brief', contains: ['## Who', '## What', '## Why', 'Success metrics'] },
  opportunity: { side: 'pm', kind: 'brief', contains: ['For whom', 'How big', 'Why now', 'measure success', 'Go,No-go'] },
  prfaq: { side: 'pm', kind: 'brief', contains: ['Press release', 'customer', 'problem', 'key benefit', 'How do we know', 'experience', 'FAQ'] },
  okr: { side: 'pm', kind: 'goal', contains: ['Objective', 'Key results', 'outcome', 'not a task'] },
};

describe('templates.ts', () => {
  const snippets = JSON.parse(readFileSync(join(root, 'snippets/templates.json'), 'utf8')) as Record<string, Snippet>;

  it('exposes every snippet, with its id, label, description and body', () => {
    assert.strictEqual(templates.length, Object.keys(snippets).length);
    for (const [name, snippet] of Object.entries(snippets)) {
      const template = findTemplate(snippet.prefix.slice('bl-'.length));
      assert.ok(template, `no template for ${snippet.prefix}`);
      assert.strictEqual(template.label, name);
      assert.strictEqual(template.description, snippet.description);
      assert.strictEqual(template.body, snippet.body.join('\n'));
    }
  });

  it('classifies every template by side and kind', () => {
    assert.deepStrictEqual(templates.map((template) => template.id).sort(), Object.keys(expected).sort());
    for (const template of templates) {
      assert.strictEqual(template.side, expected[template.id].side, template.id);
      assert.strictEqual(template.kind, expected[template.id].kind, template.id);
    }
  });

  it('has the Product Goal and at least six backlog-item templates', () => {
    assert.strictEqual(findTemplate('goal')?.label, 'Product Goal');
    assert.ok(templates.filter((template) => template.kind === 'item').length >= 6);
  });

  for (const [id, { contains }] of Object.entries(expected)) {
    it(`${id} carries its sections`, () => {
      const body = findTemplate(id)?.body ?? '';
      for (const part of contains) assert.ok(body.includes(part), `${id} lacks "${part}"`);
    });
  }

  it('findTemplate returns undefined for an unknown id', () => {
    assert.strictEqual(findTemplate('bl-goal'), undefined);
    assert.strictEqual(findTemplate('nope'), undefined);
  });
});
