// mocha and the `assert` package read a few `process` fields; the web extension host has no `process`.
export const process = {
  env: {},
  argv: [],
  platform: 'browser',
  version: '',
  versions: {},
  nextTick: (callback: (...args: unknown[]) => void, ...args: unknown[]) => queueMicrotask(() => callback(...args)),
  cwd: () => '/',
  stdout: { write: (text: string) => console.log(text) },
};
