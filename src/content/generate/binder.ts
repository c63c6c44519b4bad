const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]!);

export interface BinderInput {
  sections: {title: string; kind: string; route: string; html: string}[];
  stylesheets: string[];
  builtAt: string;
  commit: string;
  site: string;
}

const KIND_LABEL: Record<string, string> = {'disaster-recovery': 'Disaster recovery', 'day-2': 'Day-2 operations'};

/**
 * The printable binder: cover (build date, source commit), table of contents, then each runbook on a new page.
 * Relative links become absolute so the printed link targets mean something on paper.
 */
export function binderHtml({sections, stylesheets, builtAt, commit, site}: BinderInput): string {
  const anchor = (i: number) => `runbook-${i + 1}`;
  const toc = sections
    .map(
      (s, i) =>
        `<li><a href="#${anchor(i)}">${esc(s.title)}</a> <span class="binder-kind">${esc(KIND_LABEL[s.kind] ?? s.kind)}</span></li>`,
    )
    .join('\n');
  const body = sections
    .map(
      (s, i) => `<section class="binder-runbook" id="${anchor(i)}">
<p class="binder-path">${esc(KIND_LABEL[s.kind] ?? s.kind)} · ${esc(s.route)}</p>
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
  .binder-kind, .binder-path { color: #555; font-size: 9pt; }
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
<ol>
${toc}
</ol>
</section>
${body}
</main>
</body>
</html>
`;
}
