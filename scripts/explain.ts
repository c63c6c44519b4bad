// npm run explain -- AIBOX-NET-001 [--map FILE]
// Reads a doctor map offline and prints what `aibox doctor --explain` would: title, summary, link.
import fs from 'node:fs';
import {parseArgs} from 'node:util';
import {explainCode} from '../src/content/explain';
import {loadContent} from '../src/content/loader';
import {buildDoctorMap} from '../src/content/generate/doctorMap';
import {siteUrl} from '../src/siteSettings';

const {values, positionals} = parseArgs({options: {map: {type: 'string'}}, allowPositionals: true});
if (positionals.length !== 1) {
  console.error('usage: npm run explain -- AIBOX-NET-001 [--map FILE]');
  process.exit(2);
}
// Without --map, explain from the working tree, the map this checkout would publish.
const map = values.map ? JSON.parse(fs.readFileSync(values.map, 'utf8')) : buildDoctorMap(loadContent(process.cwd()).corpus, siteUrl());
const result = explainCode(map, positionals[0]);
(result.ok ? console.log : console.error)(result.text);
process.exit(result.ok ? 0 : 1);
