import {test} from 'node:test';
import assert from 'node:assert/strict';
import {binderHtml, binderOrder, pagesOf, sectionMarker} from '../../../../src/content/generate/binder';

const section = (title: string, kind: 'disaster-recovery' | 'day-2') => ({
  title,
  kind,
  route: `/runbooks/${kind}/${title.toLowerCase().replace(/ /g, '-')}`,
  html: `<p>${title} <a href="/docs/intro">intro</a></p>`,
});

test('disaster recovery comes before day-2, by title within each part', () => {
  const order = binderOrder([
    section('Weekly rebuild', 'day-2'),
    section('Vault failure', 'disaster-recovery'),
    section('Critical CVE', 'day-2'),
    section('Harbor failure', 'disaster-recovery'),
  ]).map((s) => s.title);
  assert.deepEqual(order, ['Harbor failure', 'Vault failure', 'Critical CVE', 'Weekly rebuild']);
});

test('pagesOf finds each runbook start in order, ignoring split words; a missing marker is undefined', () => {
  const pages = [
    'AI-Box runbook binder',
    'Contents Harbor failure 000',
    `Run book 1 of 3 · Disaster recovery · /runbooks/a`,
    'more of runbook 1, which links to Runbook 2 of 3 in prose only',
    `${sectionMarker(1, 3)} · Day-2 operations`,
  ];
  assert.deepEqual(pagesOf(pages, 3), [3, 5, undefined]);
});

test('"Runbook 1 of 18" does not match on the page of runbook 1 of 180', () => {
  assert.deepEqual(pagesOf(['x', `${sectionMarker(0, 180)} · Day-2`], 1).length, 1);
  assert.deepEqual(pagesOf([`${sectionMarker(0, 180)} · Day-2`], 18), Array(18).fill(undefined));
});

test('the contents list each part under its label with page numbers; links become absolute', () => {
  const sections = binderOrder([section('Weekly rebuild', 'day-2'), section('Harbor failure', 'disaster-recovery')]);
  const html = binderHtml({
    sections,
    stylesheets: [],
    builtAt: '2026-12-03',
    commit: 'abc',
    site: 'https://docs.example',
    pages: [3, 7],
  });
  const toc = html.slice(html.indexOf('<h1>Contents</h1>'), html.indexOf('<section class="binder-runbook"'));
  assert.match(
    toc,
    /<h2>Disaster recovery<\/h2>\n<ol>\n<li><a href="#runbook-1">Harbor failure<\/a><span class="binder-page">3<\/span>/,
  );
  assert.match(
    toc,
    /<h2>Day-2 operations<\/h2>\n<ol>\n<li><a href="#runbook-2">Weekly rebuild<\/a><span class="binder-page">7<\/span>/,
  );
  assert.match(html, /Runbook 1 of 2 · Disaster recovery · \/runbooks\/disaster-recovery\/harbor-failure/);
  assert.match(html, /href="https:\/\/docs\.example\/docs\/intro"/);
  assert.match(binderHtml({sections, stylesheets: [], builtAt: '', commit: '', site: ''}), /binder-page">000</);
});
