// Entry of the smoke suite (smoke.test.ts alone), which scripts/check-vsix.mjs runs against the unpacked .vsix.
import 'mocha/mocha';

mocha.setup({ ui: 'bdd', reporter: undefined, timeout: 20000 });
require('./smoke.test');

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} smoke test(s) failed.`)) : resolve()));
  });
}
