// The desktop entry (`main`) is a Node bundle that no offline test host can run, so it is loaded here under
// plain Node against a recording stand-in for the `vscode` module: a Node-only or browser-only API slip in
// shared code fails at load or activation time.
import * as assert from 'assert';
import { existsSync, readFileSync } from 'fs';
import Module from 'module';
import { join } from 'path';

const root = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const bundle = join(root, manifest.main);

/** Every property is callable and returns another stand-in; registrations are recorded. */
function recordingVscode(registered: string[]): unknown {
  const make = (path: string): unknown =>
    new Proxy(function () {}, {
      get: (_target, key) => {
        if (key === 'then') return undefined;
        if (key === Symbol.toPrimitive) return () => path;
        return make(`${path}.${String(key)}`);
      },
      apply: (_target, _self, args) => {
        if (path.endsWith('commands.registerCommand')) registered.push(String(args[0]));
        return make(`${path}()`);
      },
      construct: () => make(`new ${path}`) as object,
    });
  return make('vscode');
}

describe('the Node bundle (desktop `main`)', () => {
  it('loads under Node and its activate() registers every declared command', () => {
    assert.ok(existsSync(bundle), `${manifest.main} is missing: run \`npm run build\` first`);
    const registered: string[] = [];
    const vscode = recordingVscode(registered);
    const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
    const original = loader._load;
    loader._load = (request, ...rest) => (request === 'vscode' ? vscode : original(request, ...rest));
    try {
      delete require.cache[bundle];
      const extension = require(bundle) as { activate: (context: unknown) => unknown; deactivate: () => unknown };
      const subscriptions: unknown[] = [];
      const context = new Proxy({ subscriptions }, { get: (target, key) => (key in target ? target[key as 'subscriptions'] : vscode) });
      extension.activate(context);
      extension.deactivate();
      const declared = manifest.contributes.commands.map((c: { command: string }) => c.command);
      assert.deepStrictEqual([...registered].sort(), [...declared].sort());
      assert.ok(subscriptions.length > 0, 'registrations are kept in context.subscriptions');
    } finally {
      loader._load = original;
    }
  });
});
