import fs from 'node:fs';
import {ONCE} from './once';
import {test, expect} from '@playwright/test';
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs';
import {allRunbooks} from './site';

test('the binder PDF holds every runbook title, a cover and contents, at least a page per runbook', ONCE, async () => {
  const data = new Uint8Array(fs.readFileSync('build/runbooks.pdf'));
  const pdf = await getDocument({data, useSystemFonts: true}).promise;
  expect(pdf.numPages).toBeGreaterThanOrEqual(allRunbooks.length + 2);
  let text = '';
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    text += `${content.items.map((it) => ('str' in it ? it.str : '')).join(' ')}\n`;
  }
  // pdf.js splits ligatures ("fl eet"), so compare without white space; assert on booleans to keep failures short.
  const squashed = text.replace(/\s+/g, '');
  const has = (s: string) => squashed.includes(s.replace(/\s+/g, ''));
  expect(has('AI-Box runbook binder'), 'cover title').toBe(true);
  expect(/Sourcecommit:[0-9a-f]{12}/.test(squashed), 'source commit on the cover').toBe(true);
  expect(has('Contents'), 'table of contents').toBe(true);
  expect(has('(https://aibox-docs.example.internal/runbooks/'), 'link targets printed beside links').toBe(true);
  expect(allRunbooks.filter((r) => !has(r.data.title)).map((r) => r.data.title)).toEqual([]);
});
