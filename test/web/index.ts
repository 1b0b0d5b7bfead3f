// Entry of the in-editor suite in the web extension host (a web worker), run by @vscode/test-web.
import 'mocha/mocha';

mocha.setup({ ui: 'bdd', reporter: undefined, timeout: 20000 });
require('./suites');

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} in-editor test(s) failed.`)) : resolve()));
  });
}
