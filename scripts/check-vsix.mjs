// `npm run check:vsix`, after `npm run package`: checks backlog-lens-<version>.vsix (its file list against an
// allow-list, its size), unpacks it and runs the in-editor smoke suite against the unpacked extension, so that
// what ships is what was tested.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { inflateRawSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsixPath = join(root, `${name}-${version}.vsix`);
/** The extension's own code (one host's bundle less the model's data, the webview script and styles) must stay well under this. */
const CODE_BUDGET = 200 * 1024;
/** The learned model is bundled as data; its own size limit is checked by test/unit/model.test.ts. */
const modelData = JSON.stringify(JSON.parse(readFileSync(join(root, 'src/core/model/model.json'), 'utf8'))).length;

/** Every file the .vsix may hold (vsce renames README.md, CHANGELOG.md and LICENSE). */
const required = [
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/package.json',
  'extension/package.nls.json',
  'extension/readme.md',
  'extension/changelog.md',
  'extension/LICENSE.txt',
  'extension/dist/node/extension.js',
  'extension/dist/web/extension.js',
  'extension/dist/cli.js',
  'extension/media/icon.png',
  // The explainer panel's tab icon.
  'extension/media/icon-light.svg',
  'extension/media/icon-dark.svg',
  'extension/snippets/templates.json',
  'extension/schemas/backlog-lens.schema.json',
];
// The explainer's webview script ships once it has a source.
if (existsSync(join(root, 'src/webview/explainer.ts'))) required.push('extension/media/dist/explainer.js');
/** Files that may ship besides: the webview's scripts and styles. */
const optional = [/^extension\/media\/dist\/[\w-]+\.(js|css)$/, /^extension\/media\/[\w-]+\.css$/];

const failures = [];
const fail = (message) => failures.push(message);

if (!existsSync(vsixPath)) {
  console.error(`${relative(root, vsixPath)} not found: run \`npm run package\` first.`);
  process.exit(1);
}
const entries = readZip(readFileSync(vsixPath));
const names = entries.map((entry) => entry.name);

for (const file of required) if (!names.includes(file)) fail(`missing from the .vsix: ${file}`);
for (const file of names) {
  if (!required.includes(file) && !optional.some((pattern) => pattern.test(file))) fail(`not on the allow-list: ${file}`);
}

// A development bundle (unminified, pointing at a .map) means the production build did not ship.
for (const entry of entries) {
  if (entry.name.endsWith('.js') && entry.data.toString('utf8').includes('//# sourceMappingURL=')) fail(`a development build shipped: ${entry.name} points at a source map`);
}

const size = (predicate) => entries.filter((entry) => predicate(entry.name)).reduce((sum, entry) => sum + entry.data.length, 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const hostBundle = Math.max(size((n) => n === 'extension/dist/node/extension.js'), size((n) => n === 'extension/dist/web/extension.js'));
const webview = size((n) => n.startsWith('extension/media/') && /\.(js|css)$/.test(n));
const ownCode = hostBundle - modelData + webview;
console.log(`${relative(root, vsixPath)}: ${kb(statSync(vsixPath).size)}, ${entries.length} files (${kb(size(() => true))} unpacked)`);
for (const entry of entries) console.log(`  ${entry.name.padEnd(40)} ${kb(entry.data.length).padStart(9)}`);
console.log(`extension code (largest host bundle less the model's ${kb(modelData)} of data, + webview script and styles): ${kb(ownCode)} of a ${kb(CODE_BUDGET)} budget`);
if (ownCode > CODE_BUDGET) fail(`the extension's own code is ${kb(ownCode)}, over the ${kb(CODE_BUDGET)} budget`);

if (failures.length > 0) {
  for (const message of failures) console.error(`check-vsix: ${message}`);
  process.exit(1);
}

// Unpack and run the smoke suite against the unpacked extension, not the source tree.
const unpacked = join(root, '.vscode-test-web/vsix');
rmSync(unpacked, { recursive: true, force: true });
for (const entry of entries) {
  const target = join(unpacked, entry.name);
  if (relative(unpacked, target).startsWith('..')) throw new Error(`unsafe path in the .vsix: ${entry.name}`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, entry.data);
}
run([join(root, 'esbuild.mjs')], {}, 'building the smoke suite');
// test-web serves only the extension folder, so the suite bundle goes in there, after the file list was checked.
const suite = join(unpacked, 'extension/.smoke/smoke.js');
mkdirSync(dirname(suite), { recursive: true });
copyFileSync(join(root, 'dist/test/web/smoke.js'), suite);
const started = Date.now();
run([join(root, 'test/runner/web.mjs')], {
  BACKLOG_LENS_EXTENSION_PATH: join(unpacked, 'extension'),
  BACKLOG_LENS_SUITE: suite,
  BACKLOG_LENS_TEST_TIMEOUT: process.env.BACKLOG_LENS_TEST_TIMEOUT ?? '180',
}, 'the smoke suite');
console.log(`check-vsix: file list, size and smoke suite passed (smoke suite ${((Date.now() - started) / 1000).toFixed(1)} s)`);

function run(args, env, what) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`check-vsix: ${what} failed`);
    process.exit(1);
  }
}

/** A .vsix is a plain zip (stored or deflated entries, no zip64): read its central directory. */
function readZip(buffer) {
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const result = [];
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new Error('corrupt zip: bad central directory entry');
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const local = buffer.readUInt32LE(offset + 42);
    const entryName = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (entryName.endsWith('/')) continue;
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const raw = buffer.subarray(dataStart, dataStart + compressedSize);
    if (method !== 0 && method !== 8) throw new Error(`unsupported compression ${method} for ${entryName}`);
    result.push({ name: entryName, data: method === 8 ? inflateRawSync(raw) : raw });
  }
  return result;
}
