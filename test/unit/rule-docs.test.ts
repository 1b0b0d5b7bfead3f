// Every rule of the engine's registry has its page, and the manifest's settings list exactly the registered rules.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, rules } from '../../src/core';

const root = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const ruleSettings = manifest.contributes.configuration.properties['backlogLens.rules'].properties as Record<string, { default: string }>;

describe('rule docs and settings', () => {
  it('registers at least one rule', () => {
    assert.ok(rules.length > 0);
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      const page = join(root, rule.docPath);

      it(`has its page at ${rule.docPath}`, () => {
        assert.equal(rule.docPath, `docs/rules/${rule.id}.md`);
        assert.ok(existsSync(page), `${rule.docPath} is missing`);
      });

      it('says on its page what it checks, why, an example and how to silence it', () => {
        const text = readFileSync(page, 'utf8');
        assert.ok(text.startsWith(`# \`${rule.id}\``), 'the page is titled with the rule id');
        for (const heading of ['## What it checks', '## Why', '## Example', '## How to silence it']) assert.ok(text.includes(heading), heading);
        assert.ok(text.includes(`**Default severity:** ${rule.defaultSeverity}`), 'states the default severity');
        for (const way of [`backlog-lens-disable-file ${rule.id}`, `"backlogLens.rules": { "${rule.id}": "off" }`, `{ "rules": { "${rule.id}": "off" } }`, `"backlog-lens/${rule.id}": false`]) {
          assert.ok(text.includes(way), `shows how to silence it: ${way}`);
        }
      });

      it('has an example that triggers it', () => {
        const example = /## Example\n[\s\S]*?```markdown\n([\s\S]*?)```/.exec(readFileSync(page, 'utf8'))?.[1];
        assert.ok(example, 'a ```markdown block under ## Example');
        assert.ok(analyze(example).findings.some((finding) => finding.rule === rule.id), `the example triggers ${rule.id}`);
      });

      it('is listed in docs/rules/README.md', () => {
        assert.ok(readFileSync(join(root, 'docs/rules/README.md'), 'utf8').includes(`[\`${rule.id}\`](${rule.id}.md)`));
      });

      it('has a setting with its default severity', () => {
        assert.equal(ruleSettings[rule.id]?.default, rule.defaultSeverity);
      });
    });
  }

  it('the manifest\'s backlogLens.rules settings list exactly the registered rules', () => {
    assert.deepEqual(Object.keys(ruleSettings).sort(), rules.map((rule) => rule.id).sort());
  });
});
