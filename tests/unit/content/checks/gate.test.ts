import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {checkFixtureAt, errorLines} from '../../../helpers';
import {REPO} from '../../../../scripts/lib/scratchSite';
import {parseContentFile} from '../../../../src/content/loader';
import {checkMarkup} from '../../../../src/content/checks/security';
import {checkMdx} from '../../../../src/content/checks/mdx';
import {checkContentFolders} from '../../../../src/content/checks/contentFiles';
import {htmlElements} from '../../../../src/content/html';
import {judgeUrl} from '../../../../src/content/urls';
import {formatError} from '../../../../src/content/errors';
import type {RuleId} from '../../../../src/content/rules';
import {siteEmittedPages} from '../../../../scripts/lib/deployFiles';

// The content gate against hostile pages: each bad fixture is one attack and gives exactly one error.
const NET = 'docs/troubleshooting/network';

interface Case {
  rule: RuleId;
  fixture: string;
  expect: string[];
}

/** Raw HTML through parse5, URLs as a browser reads them, links and frontmatter the build would refuse. */
const MARKUP: Case[] = [
  {
    rule: 'security/raw-html',
    fixture: 'html-svg-slash.md',
    expect: [
      `${NET}/html-svg-slash.md:17  (body) <svg>  expected Markdown or plain HTML, found a <svg> element  [security/raw-html]`,
    ],
  },
  {
    rule: 'security/raw-html',
    fixture: 'html-img-slash.md',
    expect: [
      `${NET}/html-img-slash.md:17  (body) <img>  expected only id, title, lang, dir, src, alt, width, height on <img>, found onerror="alert(1)"  [security/raw-html]`,
    ],
  },
  {
    rule: 'security/raw-html',
    fixture: 'html-iframe-slash.md',
    expect: [
      `${NET}/html-iframe-slash.md:17  (body) <iframe>  expected Markdown or plain HTML, found a <iframe> element  [security/raw-html]`,
    ],
  },
  {
    rule: 'security/raw-html',
    fixture: 'html-details-script.md',
    expect: [
      `${NET}/html-details-script.md:18  (body) <script>  expected Markdown or plain HTML, found a <script> element  [security/raw-html]`,
    ],
  },
  {
    rule: 'security/raw-html',
    fixture: 'html-details-iframe.md',
    expect: [
      `${NET}/html-details-iframe.md:18  (body) <iframe>  expected Markdown or plain HTML, found a <iframe> element  [security/raw-html]`,
    ],
  },
  {
    rule: 'security/raw-html',
    fixture: 'html-details-img.md',
    expect: [
      `${NET}/html-details-img.md:18  (body) <img>  expected only id, title, lang, dir, src, alt, width, height on <img>, found onerror="alert(1)"  [security/raw-html]`,
    ],
  },
  {
    rule: 'security/raw-html',
    fixture: 'html-entity-href.md',
    expect: [
      `${NET}/html-entity-href.md:16  (body) link  expected a page or web address, found a javascript: URL "javascript:alert(1)"  [security/raw-html]`,
    ],
  },
  {
    rule: 'security/raw-html',
    fixture: 'html-tab-entity-href.md',
    expect: [
      `${NET}/html-tab-entity-href.md:16  (body) link  expected a page or web address, found a javascript: URL "java\\tscript:alert(1)"  [security/raw-html]`,
    ],
  },
  {
    rule: 'security/external-resource',
    fixture: 'html-style-url.md',
    expect: [
      `${NET}/html-style-url.md:16  (body) <div>  expected a file served by this site, found url(https://evil.example/pixel.png) in style (the site runs offline)  [security/external-resource]`,
    ],
  },
  {
    rule: 'security/raw-html',
    fixture: 'html-style-attribute.md',
    expect: [
      `${NET}/html-style-attribute.md:16  (body) <div>  expected only id, title, lang, dir on <div>, found style="position:fixed;inset:0"  [security/raw-html]`,
    ],
  },
  {
    rule: 'security/raw-html',
    fixture: 'html-mermaid-raw.md',
    expect: [
      `${NET}/html-mermaid-raw.md:16  (body) <mermaiddiagram>  expected Markdown or plain HTML, found <mermaiddiagram>, which only the build emits (from a \`\`\`mermaid code block)  [security/raw-html]`,
    ],
  },
  {
    rule: 'security/raw-html',
    fixture: 'link-entity-javascript.md',
    expect: [
      `${NET}/link-entity-javascript.md:16  (body) link  expected a page or web address, found a javascript: URL "javascript:alert(1)"  [security/raw-html]`,
    ],
  },
  {
    rule: 'security/raw-html',
    fixture: 'link-tab-entity-scheme.md',
    expect: [
      `${NET}/link-tab-entity-scheme.md:16  (body) link  expected a page or web address, found a javascript: URL "java\\tscript:alert(1)"  [security/raw-html]`,
    ],
  },
  {
    rule: 'security/external-resource',
    fixture: 'image-scheme-no-slashes.md',
    expect: [
      `${NET}/image-scheme-no-slashes.md:16  (body) link  expected an image served by this site, found "https:evil.example/pixel.png", from https://evil.example (the site runs offline)  [security/external-resource]`,
    ],
  },
  {
    rule: 'security/external-resource',
    fixture: 'image-reference-definition.md',
    expect: [
      `${NET}/image-reference-definition.md:18  (body) link  expected an image served by this site, found "//evil.example/pixel.png", from https://evil.example (the site runs offline)  [security/external-resource]`,
    ],
  },
  {
    rule: 'security/raw-html',
    fixture: 'lint-disable-comment.md',
    expect: [
      `${NET}/lint-disable-comment.md:18  (body) <script>  expected Markdown or plain HTML, found a <script> element  [security/raw-html]`,
    ],
  },
  {
    rule: 'links/outside-content',
    fixture: 'link-site-alias-walks-up.md',
    expect: [
      `${NET}/link-site-alias-walks-up.md:16  (body) link  expected a link inside docs/, runbooks/ or static/, found "@site/docs/../package.json", which leaves them  [links/outside-content]`,
    ],
  },
  {
    rule: 'links/outside-content',
    fixture: 'image-absolute-walks-up.md',
    expect: [
      `${NET}/image-absolute-walks-up.md:16  (body) link  expected a link inside docs/, runbooks/ or static/, found "/../../etc/passwd", which leaves them  [links/outside-content]`,
    ],
  },
  {
    rule: 'links/outside-content',
    fixture: 'image-absolute-encoded-walks-up.md',
    expect: [
      `${NET}/image-absolute-encoded-walks-up.md:16  (body) link  expected a link inside docs/, runbooks/ or static/, found "/img/%2e%2e/%2e%2e/package.json", which leaves them  [links/outside-content]`,
    ],
  },
  {
    rule: 'links/html-file',
    fixture: 'link-html-file.md',
    expect: [
      `${NET}/link-html-file.md:16  (body) link  expected a link to a page or a downloadable file, found "./report.html", an HTML file  [links/html-file]`,
    ],
  },
  {
    rule: 'frontmatter/schema',
    fixture: 'slug-walks-up.md',
    expect: [
      `${NET}/slug-walks-up.md:12  slug  expected a slug of lower-case words and hyphens between slashes, like "/getting-started/install", found "../../etc"  [frontmatter/schema]`,
    ],
  },
  {
    rule: 'frontmatter/schema',
    fixture: 'sidebar-class-name.md',
    expect: [
      `${NET}/sidebar-class-name.md:12  sidebar_class_name  expected no sidebar_class_name: the site styles no sidebar item, found "navbar hidden"  [frontmatter/schema]`,
    ],
  },
  {
    rule: 'links/pagination',
    fixture: 'pagination-outside-docs.md',
    expect: [
      `${NET}/pagination-outside-docs.md:12  pagination_next  expected the id of a page of docs/, like "getting-started/install", found "../../runbooks/day-2/gc"  [links/pagination]`,
    ],
  },
  {
    rule: 'links/url',
    fixture: 'link-crlf-in-path.md',
    expect: [
      `${NET}/link-crlf-in-path.md:16  (body) link  expected a well-formed link, found the control character %0D in "./proxy-unreachable%0d%0a.md"  [links/url]`,
    ],
  },
  {
    rule: 'links/url',
    fixture: 'link-broken-percent.md',
    expect: [
      `${NET}/link-broken-percent.md:16  (body) link  expected a well-formed link, found a % that starts no %XX escape in "./proxy-%zz.md"  [links/url]`,
    ],
  },
];

/** MDX is markup: imports of registered components, comments, safe elements and declared string props only. */
const MDX: Case[] = [
  {
    rule: 'mdx/attribute',
    fixture: 'mdx-attribute-expression.mdx',
    expect: [
      `${NET}/mdx-attribute-expression.mdx:18  (body) <SchemaTable>  expected string attributes <SchemaTable> declares, found schema={…}, an expression that runs as JavaScript  [mdx/attribute]`,
    ],
  },
  {
    rule: 'mdx/attribute',
    fixture: 'mdx-spread.mdx',
    expect: [
      `${NET}/mdx-spread.mdx:18  (body) <SchemaTable>  expected string attributes <SchemaTable> declares, found the spread {...globalThis.props}, which runs as JavaScript  [mdx/attribute]`,
    ],
  },
  {
    rule: 'mdx/esm',
    fixture: 'mdx-export-reads-host.mdx',
    expect: [
      `${NET}/mdx-export-reads-host.mdx:14  (body) import  expected only imports of registered components, found "export const host = require('node:fs').readFileSync('/etc...", JavaScript that runs at build time and in the browser  [mdx/esm]`,
    ],
  },
  {
    rule: 'mdx/expression',
    fixture: 'mdx-expression-env.mdx',
    expect: [
      `${NET}/mdx-expression-env.mdx:16  (body) {…}  expected text or a {/* comment */}, found the expression {process.env.USER}, JavaScript that runs at build time and in the browser  [mdx/expression]`,
    ],
  },
  {
    rule: 'mdx/esm',
    fixture: 'mdx-import-walks-up.mdx',
    expect: [
      `${NET}/mdx-import-walks-up.mdx:14  (body) import  expected only imports of registered components, found "import Leak from '@site/src/components/../../docs/x.js';", which is not a registered component under its own name and path  [mdx/esm]`,
    ],
  },
  {
    rule: 'mdx/esm',
    fixture: 'mdx-import-partial.mdx',
    expect: [
      `${NET}/mdx-import-partial.mdx:14  (body) import  expected only imports of registered components, found "import Partial from './_partial.mdx';", which is not a registered component under its own name and path  [mdx/esm]`,
    ],
  },
  {
    rule: 'mdx/esm',
    fixture: 'mdx-import-then-export.mdx',
    expect: [
      `${NET}/mdx-import-then-export.mdx:14  (body) import  expected only imports of registered components, found "export const x = process.env;", JavaScript that runs at build time and in the browser  [mdx/esm]`,
    ],
  },
  {
    rule: 'mdx/esm',
    fixture: 'mdx-import-renamed.mdx',
    expect: [
      `${NET}/mdx-import-renamed.mdx:14  (body) import  expected only imports of registered components, found "import Tabs from '@site/src/components/MermaidDiagram';", which is not a registered component under its own name and path  [mdx/esm]`,
    ],
  },
  {
    rule: 'mdx/esm',
    fixture: 'mdx-import-named.mdx',
    expect: [
      `${NET}/mdx-import-named.mdx:14  (body) import  expected only imports of registered components, found "import {default as Mermaid} from '@site/src/components/Me...", which is not a registered component under its own name and path  [mdx/esm]`,
    ],
  },
  {
    rule: 'mdx/attribute',
    fixture: 'mdx-event-handler.mdx',
    expect: [
      `${NET}/mdx-event-handler.mdx:16  (body) <details>  expected string attributes <details> declares, found onToggle=, which <details> does not declare for content  [mdx/attribute]`,
    ],
  },
  {
    rule: 'mdx/attribute',
    fixture: 'mdx-dangerous-html.mdx',
    expect: [
      `${NET}/mdx-dangerous-html.mdx:16  (body) <div>  expected string attributes <div> declares, found dangerouslySetInnerHTML=, which <div> does not declare for content  [mdx/attribute]`,
    ],
  },
  {
    rule: 'mdx/attribute',
    fixture: 'mdx-style.mdx',
    expect: [
      `${NET}/mdx-style.mdx:16  (body) <span>  expected string attributes <span> declares, found style=, which <span> does not declare for content  [mdx/attribute]`,
    ],
  },
  {
    rule: 'mdx/element',
    fixture: 'mdx-unregistered-element.mdx',
    expect: [
      `${NET}/mdx-unregistered-element.mdx:16  (body) <Head>  expected Markdown, a plain HTML element or a registered component, found <Head>, which is neither  [mdx/element]`,
    ],
  },
  {
    rule: 'mdx/element',
    fixture: 'mdx-build-only-element.mdx',
    expect: [
      `${NET}/mdx-build-only-element.mdx:16  (body) <mermaiddiagram>  expected Markdown, a plain HTML element or a registered component, found <mermaiddiagram>, which only the build emits (from a \`\`\`mermaid code block)  [mdx/element]`,
    ],
  },
  {
    rule: 'mdx/attribute',
    fixture: 'mdx-undeclared-prop.mdx',
    expect: [
      `${NET}/mdx-undeclared-prop.mdx:18  (body) <SchemaTable>  expected string attributes <SchemaTable> declares, found svg=, which <SchemaTable> does not declare for content  [mdx/attribute]`,
    ],
  },
  {
    rule: 'mdx/attribute',
    fixture: 'mdx-prop-value.mdx',
    expect: [
      `${NET}/mdx-prop-value.mdx:18  (body) <SchemaTable>  expected string attributes <SchemaTable> declares, found schema="secrets"  [mdx/attribute]`,
    ],
  },
  {
    rule: 'mdx/element',
    fixture: 'mdx-component-not-imported.mdx',
    expect: [
      `${NET}/mdx-component-not-imported.mdx:16  (body) <TourRecording>  expected Markdown, a plain HTML element or a registered component, found <TourRecording> without its import  [mdx/element]`,
    ],
  },
];

for (const c of [...MARKUP, ...MDX]) {
  test(`[${c.rule}] ${c.fixture} gives exactly one error`, () => {
    assert.deepEqual(errorLines(checkFixtureAt(c.fixture, `${NET}/${c.fixture}`)), c.expect);
  });
}

const NEAR_MISSES = [
  // <kbd>, <br>, <details>, <abbr title>, a local <img>, an image definition on the site, placeholders in backticks.
  'near-miss/html-plain-markup.md',
  // Tabs, TabItem and SchemaTable imported from their registered paths, a comment, <details open>.
  'near-miss/mdx-registered-components.mdx',
  // @site/static, /img, pathname://, an external link, a slug and pagination_next inside the docs.
  'near-miss/links-inside-content.md',
];
for (const fixture of NEAR_MISSES) {
  test(`[security/raw-html, mdx/*, links/*] near miss ${fixture} passes`, () => {
    assert.deepEqual(errorLines(checkFixtureAt(fixture, `${NET}/${path.basename(fixture)}`)), []);
  });
}

test('[mdx/*, security/raw-html] every .mdx page of the site passes the MDX and markup rules unchanged', () => {
  const files = ['docs', 'runbooks'].flatMap((dir) =>
    fs
      .readdirSync(path.join(REPO, dir), {recursive: true, encoding: 'utf8'})
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => `${dir}/${f.split(path.sep).join('/')}`),
  );
  assert.equal(files.length, 28);
  for (const file of files) {
    const {record, invalid} = parseContentFile(
      file,
      file.split('/')[0] as 'docs' | 'runbooks',
      fs.readFileSync(path.join(REPO, file), 'utf8'),
    );
    const r = record ?? invalid!;
    assert.deepEqual(
      [...checkMdx(r), ...checkMarkup(r)].map((e) => formatError(e)),
      [],
      file,
    );
  }
});

test('[security/raw-html] parse5 reads / between attributes as a browser does: an unquoted value keeps the slash, a quoted one ends', () => {
  const [unquoted] = htmlElements('<img/src=x/onerror=alert(1)>', 1);
  assert.deepEqual(unquoted.attributes, {src: 'x/onerror=alert(1)'});
  const [quoted] = htmlElements('<img/src="x"/onerror=alert(1)>', 1);
  assert.deepEqual(quoted.attributes, {src: 'x', onerror: 'alert(1)'});
  assert.deepEqual(
    htmlElements('<svg/onload=alert(1)>', 5).map((e) => [e.name, e.line, e.attributes]),
    [['svg', 5, {onload: 'alert(1)'}]],
  );
});

test('[security/raw-html, security/external-resource, links/url] URLs are judged after the WHATWG parser has read them', () => {
  const kinds = (urls: string[], image = false) => urls.map((u) => judgeUrl(u, {image}).kind);
  assert.deepEqual(
    kinds(['javascript:x', ' JAVA\tSCRIPT:x', 'java\nscript:x', 'vbscript:x', 'data:text/html,x']),
    Array(5).fill('script'),
  );
  assert.deepEqual(kinds(['data:image/png;base64,AA'], true), ['local']);
  assert.deepEqual(
    kinds(['https:evil.example/x', '//evil.example/x', '/\\evil.example/x', 'ftp://evil.example/x'], true),
    Array(4).fill('external'),
  );
  assert.deepEqual(
    kinds(['/img/x.png', './x.png', '#top', 'pathname:///casts/x.cast', '?q=1']),
    Array(5).fill('local'),
  );
  assert.deepEqual(kinds(['./a%0d%0a.md', './a%zz.md', './a\u0000.md']), Array(3).fill('malformed'));
  assert.deepEqual(kinds(['mailto:team@example.com', 'file:///etc/passwd']), ['scheme', 'scheme']);
});

test('[files/lint-config, files/active] lint configuration in a content folder, HTML files and active SVGs are refused, one error each', () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-gate-'));
  const put = (file: string, text = '{}') => {
    fs.mkdirSync(path.dirname(path.join(site, file)), {recursive: true});
    fs.writeFileSync(path.join(site, file), text);
  };
  try {
    put('docs/troubleshooting/.markdownlint.jsonc', '{"MD033": false}');
    put('runbooks/day-2/.markdownlint-cli2.yaml', 'config: {default: false}');
    put('monitoring/cspell.json');
    put('docs/guides/report.html', '<script>alert(1)</script>');
    put('static/files/page.htm', '<p>hello</p>');
    put('docs/guides/diagram.svg', '<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(1)</script>\n</svg>');
    put('docs/guides/handler.svg', '<svg onload="alert(1)"></svg>');
    put('static/img/link.svg', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>');
    put('static/img/remote.svg', '<svg><image href="https://evil.example/x.png"/></svg>');
    // Near misses: a plain SVG with an in-document reference, a page, a cspell file at the root.
    put('docs/guides/plain.svg', '<svg><defs><path id="p"/></defs><use href="#p"/><style>path{fill:red}</style></svg>');
    put('docs/guides/page.md', '# x');
    put('cspell.json');
    const lines = checkContentFolders(site)
      .map((e) => formatError(e).split('\n')[0])
      .sort();
    assert.deepEqual(lines, [
      "docs/guides/diagram.svg:2  (file)  expected a plain SVG image, found a <script> element, which runs from the site's origin when the file is opened  [files/active]",
      "docs/guides/handler.svg:1  (file)  expected a plain SVG image, found the event handler onload on <svg>, which runs from the site's origin when the file is opened  [files/active]",
      'docs/guides/report.html:1  (file)  expected Markdown pages and passive files, found an HTML file, which the site would serve as its own page  [files/active]',
      'docs/troubleshooting/.markdownlint.jsonc:1  (file)  expected no lint configuration in docs/, found .markdownlint.jsonc, which would change the rules for the files beside it  [files/lint-config]',
      'monitoring/cspell.json:1  (file)  expected no lint configuration in monitoring/, found cspell.json, which would change the rules for the files beside it  [files/lint-config]',
      'runbooks/day-2/.markdownlint-cli2.yaml:1  (file)  expected no lint configuration in runbooks/, found .markdownlint-cli2.yaml, which would change the rules for the files beside it  [files/lint-config]',
      'static/files/page.htm:1  (file)  expected Markdown pages and passive files, found an HTML file, which the site would serve as its own page  [files/active]',
      'static/img/link.svg:1  (file)  expected a plain SVG image, found xlink:href="javascript:alert(1)" on <a>, which runs from the site\'s origin when the file is opened  [files/active]',
      'static/img/remote.svg:1  (file)  expected a plain SVG image, found href="https://evil.example/x.png" on <image>, which runs from the site\'s origin when the file is opened  [files/active]',
    ]);
  } finally {
    fs.rmSync(site, {recursive: true, force: true});
  }
});

test('[files/active] the CSP hashes the inline scripts of pages the site rendered, not of HTML copied from static/ or assets/', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-csp-'));
  const out = path.join(root, 'build');
  const statics = path.join(root, 'static');
  const put = (file: string) => {
    fs.mkdirSync(path.dirname(file), {recursive: true});
    fs.writeFileSync(file, '<script>x()</script>');
  };
  try {
    for (const f of ['index.html', 'docs/intro/index.html', 'evil.html', 'assets/files/report-1a2b.html'])
      put(path.join(out, f));
    put(path.join(statics, 'evil.html'));
    const pages = siteEmittedPages(
      out,
      ['index.html', 'docs/intro/index.html', 'evil.html', 'assets/files/report-1a2b.html'].map((f) =>
        path.join(out, f),
      ),
      [statics],
    );
    assert.deepEqual(
      pages.map((p) => path.relative(out, p)),
      ['index.html', path.join('docs', 'intro', 'index.html')],
    );
  } finally {
    fs.rmSync(root, {recursive: true, force: true});
  }
});
