// Writes dist/charts.licenses.txt: the licence of every package esbuild put into dist/charts.js (read from its
// metafile), as the BSD-3-Clause (Vega) and ISC (d3) licences ask of a redistribution.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const inputs = Object.keys(JSON.parse(readFileSync('dist/meta.json', 'utf8')).inputs);
const packages = [...new Set(inputs.filter(p => p.includes('node_modules/')).map(p => {
  const parts = p.split('node_modules/').pop().split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}))].sort();

const notices = packages.map(name => {
  const folder = `node_modules/${name}`;
  const { version, license } = JSON.parse(readFileSync(`${folder}/package.json`, 'utf8'));
  const file = readdirSync(folder).find(f => /^(licen[cs]e|copying)/i.test(f));
  if (!file) throw new Error(`${name} has no licence file to redistribute`);
  return `${name} ${version} (${license})\n\n${readFileSync(`${folder}/${file}`, 'utf8').trim()}\n`;
});
writeFileSync('dist/charts.licenses.txt', notices.join('\n' + '-'.repeat(72) + '\n\n'));
