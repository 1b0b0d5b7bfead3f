// Regenerates the shipped model, src/core/model/model.json, from the labelled corpus. Deterministic: the
// same corpus and packages give the same file, byte for byte (a unit test checks the committed one).
// Usage: npm run train [-- path/to/dev.jsonl] [--check]   (--check: fail if the committed file differs)
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { trainShippedModel } from './model/shipped';

const args = process.argv.slice(2);
const out = resolve(import.meta.dirname, '../src/core/model/model.json');
const text = trainShippedModel(args.find((arg) => !arg.startsWith('--')));
if (args.includes('--check')) {
  if (readFileSync(out, 'utf8') !== text) {
    console.error(`${out} differs from a fresh training run: run npm run train and commit the result.`);
    process.exit(1);
  }
  console.log(`${out} matches a fresh training run.`);
} else {
  writeFileSync(out, text);
  console.log(`Wrote ${out} (${(text.length / 1024).toFixed(1)} KB).`);
}
