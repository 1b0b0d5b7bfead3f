import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_MAX_DOCUMENT_SIZE, defaultConfig, REPOSITORY_URL, rules } from '../../src/core';

const root = join(__dirname, '../..');
const manifestText = readFileSync(join(root, 'package.json'), 'utf8');
const manifest = JSON.parse(manifestText);
const nls: Record<string, string> = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));
const properties: Record<string, Record<string, unknown>> = manifest.contributes.configuration.properties;

describe('the manifest', () => {
  it('has a "Backlog Lens" category on every command', () => {
    assert.strictEqual(nls.category, 'Backlog Lens');
    for (const command of manifest.contributes.commands) assert.strictEqual(command.category, '%category%', command.command);
  });

  it('localises every %key% it uses, and package.nls.json has no unused key', () => {
    const used = new Set([...manifestText.matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]));
    assert.deepStrictEqual([...used].filter((key) => !(key in nls)), []);
    assert.deepStrictEqual(Object.keys(nls).filter((key) => !used.has(key)), []);
  });

  it('supports untrusted workspaces in a limited way, restricting every setting the project file also holds', () => {
    const untrusted = manifest.capabilities.untrustedWorkspaces;
    assert.strictEqual(untrusted.supported, 'limited');
    assert.ok(nls[untrusted.description.slice(1, -1)].includes('.backlog-lens.json'));
    const lensKeys = Object.keys(defaultConfig());
    const lensSettings = Object.keys(properties).filter((setting) => lensKeys.some((key) => setting === `backlogLens.${key}` || setting.startsWith(`backlogLens.${key}.`)));
    assert.deepStrictEqual([...untrusted.restrictedConfigurations].sort(), lensSettings.sort());
  });

  it('describes every setting, gives it an explicit scope, and describes every enum value', () => {
    for (const [key, setting] of Object.entries(properties)) {
      assert.ok(setting.markdownDescription, `${key} has a markdownDescription`);
      assert.ok(setting.scope, `${key} has a scope`);
      if (setting.enum) assert.strictEqual((setting.enumDescriptions as unknown[]).length, (setting.enum as unknown[]).length, key);
    }
  });

  it('shows the engine\'s own defaults, so the settings UI tells the truth', () => {
    assert.deepStrictEqual(properties['backlogLens.include'].default, [...DEFAULT_INCLUDE]);
    assert.deepStrictEqual(properties['backlogLens.exclude'].default, [...DEFAULT_EXCLUDE]);
    assert.strictEqual(properties['backlogLens.maxDocumentSize'].default, DEFAULT_MAX_DOCUMENT_SIZE);
    const ruleSettings = (properties['backlogLens.rules'].properties ?? {}) as Record<string, { default: string }>;
    assert.deepStrictEqual(
      Object.fromEntries(Object.entries(ruleSettings).map(([id, setting]) => [id, setting.default])),
      Object.fromEntries(rules.map((rule) => [rule.id, rule.defaultSeverity])),
    );
  });

  it('names the repository that the rule links point at', () => {
    assert.strictEqual(manifest.repository.url, REPOSITORY_URL);
  });

  it('stays within the test workbench\'s VS Code API', () => {
    const engine = /\^?(\d+)\.(\d+)/.exec(manifest.engines.vscode);
    const types = /(\d+)\.(\d+)/.exec(manifest.devDependencies['@types/vscode']);
    assert.ok(engine && types);
    assert.ok(Number(engine[2]) <= 137 && Number(types[2]) <= Number(engine[2]), `${manifest.engines.vscode} / ${manifest.devDependencies['@types/vscode']}`);
  });
});
