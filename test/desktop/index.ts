// Entry of the same in-editor suite in desktop VS Code (Node extension host), run by @vscode/test-electron.
import Mocha from 'mocha';

export function run(): Promise<void> {
  const runner = new Mocha({ ui: 'bdd', timeout: 20000, color: true });
  runner.suite.emit('pre-require', globalThis, 'suites', runner);
  require('../web/suites');
  return new Promise((resolve, reject) => {
    runner.run((failures) => (failures > 0 ? reject(new Error(`${failures} in-editor test(s) failed.`)) : resolve()));
  });
}
