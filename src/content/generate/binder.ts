import {RUNBOOK_KIND_LABELS, RUNBOOK_KINDS, type RunbookKind} from '../enums';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]!);

export interface BinderSection {
  title: string;
  kind: RunbookKind;
  route: string;
  html: string;
}

export interface BinderInput {
  sections: BinderSection[];
  stylesheets: string[];
  builtAt: string;
  commit: string;
  site: string;
  /** The PDF page each section starts on, from a first printing (pagesOf); absent on that first printing. */
  pages?: number[];
}

/** Disaster recovery first (what the binder is for: the site is down), then day-2; by title within a part. */
export function binderOrder<T extends {kind: RunbookKind; title: string}>(items: T[]): T[] {
  return [...items].sort(
    (a, b) => RUNBOOK_KINDS.indexOf(a.kind) - RUNBOOK_KINDS.indexOf(b.kind) || a.title.localeCompare(b.title),
  );
}

/** The line above each runbook; it names the runbook's place in the binder, so its page can be found in the PDF. */
export const sectionMarker = (i: number, count: number) => `Runbook ${i + 1} of ${count}`;

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * The page (1-based) each section starts on, from the text of each PDF page: the first page at or after the
 * previous section's that carries the section's marker. Text extraction splits words unpredictably (ligatures),
 * so white space is ignored. Undefined where a marker is missing, so the caller can refuse the binder.
 */
export function pagesOf(pageTexts: string[], count: number): (number | undefined)[] {
  const squashed = pageTexts.map(squash);
  const pages: (number | undefined)[] = [];
  let from = 0;
  for (let i = 0; i < count; i++) {
    const marker = squash(sectionMarker(i, count));
    // "Runbook 1 of 18" is a prefix of "Runbook 1 of 180"; the marker is followed by " ·" on the page.
    const at = squashed.findIndex((t, p) => p >= from && t.includes(`${marker}·`));
    pages.push(at === -1 ? undefined : at + 1);
    if (at !== -1) from = at;
  }
  return pages;
}

/**
 * The printable binder: cover (build date, source commit), contents with page numbers, then each runbook on a new
 * page, disaster recovery first. Relative links become absolute so the printed link targets mean something on paper.
 */
export function binderHtml({sections, stylesheets, builtAt, commit, site, pages}: BinderInput): string {
  const anchor = (i: number) => `runbook-${i + 1}`;
  const toc = RUNBOOK_KINDS.map((kind) => {
    const items = sections
      .map((s, i) => ({s, i}))
      .filter(({s}) => s.kind === kind)
      .map(
        ({s, i}) =>
          // The first printing reserves the width of a page number, so the contents keep their length.
          `<li><a href="#${anchor(i)}">${esc(s.title)}</a><span class="binder-page">${pages?.[i] ?? '000'}</span></li>`,
      );
    return items.length ? `<h2>${esc(RUNBOOK_KIND_LABELS[kind])}</h2>\n<ol>\n${items.join('\n')}\n</ol>` : '';
  })
    .filter(Boolean)
    .join('\n');
  const body = sections
    .map(
      (s, i) => `<section class="binder-runbook" id="${anchor(i)}">
<p class="binder-path">${esc(sectionMarker(i, sections.length))} · ${esc(RUNBOOK_KIND_LABELS[s.kind])} · ${esc(s.route)}</p>
${s.html.replace(/href="\//g, `href="${site}/`)}
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en" data-theme="light">
<head>
<meta charset="utf-8">
<title>AI-Box runbook binder</title>
${stylesheets.map((h) => `<link rel="stylesheet" href="${esc(h)}">`).join('\n')}
<style>
  body { font-size: 11pt; }
  .binder-cover { height: 90vh; display: flex; flex-direction: column; justify-content: center; }
  .binder-cover h1 { font-size: 32pt; }
  .binder-toc, .binder-runbook { break-before: page; }
  .binder-toc li { display: flex; gap: 0.5em; align-items: baseline; }
  .binder-toc li::after { content: none; }
  .binder-toc li a { flex: 0 1 auto; }
  .binder-toc .binder-page { margin-left: auto; font-variant-numeric: tabular-nums; }
  .binder-path { color: #555; font-size: 9pt; }
  .binder-toc a::after, a[href^="#"]::after { content: none !important; }
  .binder-runbook .hash-link, .binder-runbook button { display: none !important; }
</style>
</head>
<body>
<main class="container">
<section class="binder-cover">
<h1>AI-Box runbook binder</h1>
<p>Disaster-recovery and day-2 runbooks, printed for use when the docs site or the network is down.</p>
<p><strong>Built:</strong> ${esc(builtAt)}<br><strong>Source commit:</strong> ${esc(commit)}<br><strong>Runbooks:</strong> ${sections.length}</p>
<p>A printed copy ages: check the build date against the site's runbooks page when you can reach it.</p>
</section>
<section class="binder-toc">
<h1>Contents</h1>
${toc}
</section>
${body}
</main>
</body>
</html>
`;
}
