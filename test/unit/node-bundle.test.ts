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

/** The names the real `vscode` module exports, so that esbuild's ESM interop copies them all. */
function vscodeExportNames(): string[] {
  const types = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  return [...new Set([...types.matchAll(/^ {4}export (?:namespace|class|enum|function|const|let) (\w+)/gm)].map((match) => match[1]))];
}

/** Every export is a stand-in whose properties are callable and return further stand-ins; registrations are recorded. */
function recordingVscode(registered: string[]): object {
  const make = (path: string): unknown =>
    new Proxy(function () {}, {
      get: (_target, key) => {
        // A call's result may be awaited or chained (Thenable APIs); it settles with nothing.
        if (key === 'then') return path.endsWith(')') ? (onFulfilled?: (value: undefined) => unknown) => Promise.resolve(onFulfilled?.(undefined)) : undefined;
        if (key === Symbol.toPrimitive) return () => path;
        return make(`${path}.${String(key)}`);
      },
      set: () => true,
      apply: (_target, _self, args) => {
        if (path.endsWith('commands.registerCommand')) registered.push(String(args[0]));
        return make(`${path}()`);
      },
      construct: () => make(`new ${path}`) as object,
    });
  const names = vscodeExportNames();
  return new Proxy({}, {
    get: (_target, key) => make(`vscode.${String(key)}`),
    ownKeys: () => names,
    getOwnPropertyDescriptor: (_target, key) => ({ value: make(`vscode.${String(key)}`), enumerable: true, configurable: true }),
  });
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
