import fs from 'node:fs';
import {test, expect} from '@playwright/test';
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs';
import {allRunbooks} from './site';

test('the binder PDF holds every runbook title, a cover and contents, at least a page per runbook', async () => {
  const data = new Uint8Array(fs.readFileSync('build/runbooks.pdf'));
  const pdf = await getDocument({data, useSystemFonts: true}).promise;
  expect(pdf.numPages).toBeGreaterThanOrEqual(allRunbooks.length + 2);
  let text = '';
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    text += `${content.items.map((it) => ('str' in it ? it.str : '')).join(' ')}\n`;
  }
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('AI-Box runbook binder');
  expect(flat).toMatch(/Source commit: [0-9a-f]{12}/);
  expect(flat).toContain('Contents');
  for (const r of allRunbooks) expect(flat, r.data.title).toContain(r.data.title.replace(/\s+/g, ' '));
});
