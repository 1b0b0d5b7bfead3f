// `npm run icon`: renders media/icon.svg to the 128×128 media/icon.png the Marketplace shows.
// resvg is a pure renderer (no system fonts or browser), so the PNG is the same on every machine.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const media = join(import.meta.dirname, '..', 'media');
const svg = readFileSync(join(media, 'icon.svg'), 'utf8');
const png = new Resvg(svg, { fitTo: { mode: 'width', value: 128 }, font: { loadSystemFonts: false } }).render();
if (png.width !== 128 || png.height !== 128) throw new Error(`icon rendered at ${png.width}×${png.height}, expected 128×128`);
writeFileSync(join(media, 'icon.png'), png.asPng());
console.log(`media/icon.png: ${png.width}×${png.height}`);
