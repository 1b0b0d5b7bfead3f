// The "identical output" check for speed work: the JSON form of the analysis of the bench documents, some
// hostile shapes and every Markdown file of the repo's samples and fixtures, each as a SHA-256, read through a
// frozen copy of the model (test/fixtures/golden/frozen-model.json) so retraining the shipped model does not move it.
// Usage: npx tsx scripts/analysisGolden.ts [--write] [--large]
//   --write  records the hashes in test/fixtures/golden/analysis.json (only when output is meant to change)
//   --large  also checks the 1 MB bench document (too slow for the unit suite)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { analyzeWith } from '../src/core/analyze';
import { buildLexicon, type TermOptions } from '../src/core/lexicon/lexicon';
import { loadModel, type ModelData } from '../src/core/model/model';
import { generatePlanningDoc } from './benchDoc';
import { HOSTILE_SHAPES } from './hostileShapes';

const root = resolve(import.meta.dirname, '..');
export const GOLDEN_FILE = join(root, 'test/fixtures/golden/analysis.json');

const frozen = loadModel(JSON.parse(readFileSync(join(root, 'test/fixtures/golden/frozen-model.json'), 'utf8')) as ModelData);
const NO_TERMS: TermOptions = { po: [], pm: [], ignore: [] };
/** User terms of every kind: words, a phrase, literals with symbols, an ignored model term. */
const USER_TERMS: TermOptions = { po: ['sprint goal', 'c++', 'orders.created_at', 'flaky'], pm: ['north star', 'mid-market'], ignore: ['customer'] };

export interface GoldenDocument {
  name: string;
  text: string;
  terms: TermOptions;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => relative(root, join(root, dir, name)))
    .sort();
}

/** The documents the golden covers; `large` adds the 1 MB bench document. */
export function goldenDocuments(large = false): GoldenDocument[] {
  const docs: GoldenDocument[] = [];
  for (const path of [...markdownFiles('samples'), ...markdownFiles('test/fixtures')]) {
    const text = readFileSync(join(root, path), 'utf8');
    docs.push({ name: path, text, terms: NO_TERMS });
    docs.push({ name: `${path} (user terms)`, text, terms: USER_TERMS });
  }
  for (const size of large ? [20_000, 300_000, 1_000_000] : [20_000, 300_000]) {
    docs.push({ name: `bench ${size}`, text: generatePlanningDoc(size, 42), terms: NO_TERMS });
  }
  docs.push({ name: 'bench 20000 (user terms)', text: generatePlanningDoc(20_000, 42), terms: USER_TERMS });
  docs.push({ name: 'bench 20000 (CRLF)', text: generatePlanningDoc(20_000, 7).replace(/\n/g, '\r\n'), terms: NO_TERMS });
  for (const [shape, make] of Object.entries(HOSTILE_SHAPES)) docs.push({ name: `shape ${shape}`, text: make(20_000), terms: NO_TERMS });
  return docs;
}

/** The SHA-256 of the analysis's JSON form: every verdict, piece of evidence and finding, byte for byte. */
export function analysisHash(doc: GoldenDocument): string {
  const json = JSON.stringify(analyzeWith(buildLexicon(doc.terms, frozen), doc.text));
  return createHash('sha256').update(json).digest('hex');
}

export function readGolden(): Record<string, string> {
  return JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) as Record<string, string>;
}

function main(): void {
  const args = process.argv.slice(2);
  const docs = goldenDocuments(args.includes('--large'));
  const hashes = Object.fromEntries(docs.map((doc) => [doc.name, analysisHash(doc)]));
  if (args.includes('--write')) {
    writeFileSync(GOLDEN_FILE, `${JSON.stringify(hashes, null, 2)}\n`);
    console.log(`wrote ${docs.length} hashes to ${relative(root, GOLDEN_FILE)}`);
    return;
  }
  const golden = readGolden();
  const changed = docs.filter((doc) => golden[doc.name] !== hashes[doc.name]).map((doc) => doc.name);
  console.log(changed.length ? `changed: ${changed.join(', ')}` : `identical: ${docs.length} documents`);
  process.exitCode = changed.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
