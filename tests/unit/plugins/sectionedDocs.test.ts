import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {RouteConfig} from '@docusaurus/types';
import {matchPath} from 'react-router';
import {sortRoutes} from '@docusaurus/core/lib/server/plugins/routeConfig.js';
import {
  pruneSidebar,
  sectionOf,
  sectionVersion,
  splitDocsRoute,
  type SidebarItem,
  type VersionProp,
} from '../../../src/plugins/sectioned-docs/sections';

const DEPTHS = {default: 1, troubleshooting: 2};
const link = (href: string, label = href): SidebarItem => ({type: 'link', href, label, docId: href.slice(6)});

/** A small copy of the docs sidebar: sections, a page at the top, and the FAQ with two categories. */
const SIDEBAR: SidebarItem[] = [
  {
    type: 'category',
    label: 'Get started',
    items: [link('/docs/getting-started/quickstart-vscode'), link('/docs/getting-started/quickstart-jetbrains')],
  },
  link('/docs/intro', 'Start here'),
  {
    type: 'category',
    label: 'Troubleshooting',
    href: '/docs/troubleshooting/',
    items: [
      {
        type: 'category',
        label: 'Network and egress proxy',
        items: [link('/docs/troubleshooting/network/proxy-unreachable'), link('/docs/troubleshooting/network/tls')],
      },
      {type: 'category', label: 'Windows 11 + WSL2', items: [link('/docs/troubleshooting/wsl/vpn-dns')]},
    ],
  },
  {type: 'category', label: 'Empty', items: []},
];

const PAGES = [
  '/docs/getting-started/quickstart-vscode',
  '/docs/getting-started/quickstart-jetbrains',
  '/docs/intro',
  '/docs/troubleshooting/',
  '/docs/troubleshooting/network/proxy-unreachable',
  '/docs/troubleshooting/network/tls',
  '/docs/troubleshooting/wsl/vpn-dns',
  '/docs/unlisted-page',
];

const VERSION: VersionProp = {
  pluginId: 'default',
  version: 'current',
  docsSidebars: {docs: SIDEBAR, other: [link('/docs/unlisted-page')]},
  docs: Object.fromEntries(
    PAGES.map((p) => {
      const id = p.slice(6).replace(/\/$/, '/index');
      return [id, {id, title: `Title of ${id}`, description: `Description of ${id}`, sidebar: 'docs'}];
    }),
  ),
};

function docsRoute(): RouteConfig {
  const pages: RouteConfig[] = PAGES.map((path) => ({
    path,
    component: 'DocItem',
    exact: true,
    ...(path !== '/docs/unlisted-page' && {sidebar: 'docs'}),
  }));
  return {
    path: '/docs',
    component: 'DocsRoot',
    routes: [
      {
        path: '/docs',
        component: 'DocVersionRoot',
        props: {version: VERSION},
        routes: [
          {path: '/docs', component: 'DocRoot', routes: pages},
          {path: '/docs/tags', component: 'DocTagsListPage', exact: true},
        ],
      },
    ],
  };
}

/** The route React Router renders for a path: the first match at each level, in the order Docusaurus sorts. */
function rendered(routes: RouteConfig[], path: string): RouteConfig[] {
  const hit = routes.find((r) => matchPath(path, {path: r.path, exact: r.exact ?? false}));
  if (!hit) return [];
  return [hit, ...rendered(hit.routes ?? [], path)];
}

const labels = (items: SidebarItem[]): unknown[] =>
  items.map((i) => (i.type === 'category' ? {[i.label!]: labels(i.items!)} : `${i.label} -> ${i.href}`));

test('a page belongs to its top folder, an FAQ entry to its category, and depth 0 keeps one section', () => {
  assert.equal(sectionOf('/docs/getting-started/quickstart-vscode', '/docs', DEPTHS), '/docs/getting-started');
  assert.equal(
    sectionOf('/docs/troubleshooting/network/proxy-unreachable', '/docs', DEPTHS),
    '/docs/troubleshooting/network',
  );
  assert.equal(sectionOf('/docs/troubleshooting/', '/docs', DEPTHS), '/docs/troubleshooting');
  assert.equal(sectionOf('/docs/intro', '/docs', DEPTHS), '/docs/intro');
  assert.equal(sectionOf('/docs', '/docs', DEPTHS), '/docs');
  assert.equal(sectionOf('/runbooks/day-2/policy-change', '/runbooks', {default: 0}), '/runbooks');
});

test('categories that do not hold a page of the section become one link to where they open', () => {
  const pruned = pruneSidebar(SIDEBAR, ['/docs/troubleshooting/network/proxy-unreachable']);
  assert.deepEqual(labels(pruned), [
    'Get started -> /docs/getting-started/quickstart-vscode',
    'Start here -> /docs/intro',
    {
      Troubleshooting: [
        {
          'Network and egress proxy': [
            '/docs/troubleshooting/network/proxy-unreachable -> /docs/troubleshooting/network/proxy-unreachable',
            '/docs/troubleshooting/network/tls -> /docs/troubleshooting/network/tls',
          ],
        },
        'Windows 11 + WSL2 -> /docs/troubleshooting/wsl/vpn-dns',
      ],
    },
  ]);
  // A category that opens on its own page links there, not to its first entry; trailing slashes do not matter.
  assert.deepEqual(labels(pruneSidebar(SIDEBAR, ['/docs/intro/'])).at(2), 'Troubleshooting -> /docs/troubleshooting/');
  // The kept category keeps its own fields (its link) and a collapsed one keeps no doc id, which the cards would read.
  assert.equal(pruned[2].href, '/docs/troubleshooting/');
  assert.equal(pruned[0].docId, undefined);
});

test("a section's version data lists only the docs its sidebar still links to, without descriptions", () => {
  const v = sectionVersion(VERSION, [{path: '/docs/troubleshooting/wsl/vpn-dns', sidebar: 'docs'}]);
  assert.deepEqual(Object.keys(v.docsSidebars), ['docs']);
  assert.deepEqual(Object.keys(v.docs).sort(), ['intro', 'troubleshooting/wsl/vpn-dns']);
  assert.deepEqual(v.docs['intro'], {id: 'intro', title: 'Title of intro', sidebar: 'docs'});
  assert.equal(v.pluginId, 'default');
  // A page outside every sidebar loads no sidebar at all.
  assert.deepEqual(sectionVersion(VERSION, [{path: '/docs/unlisted-page'}]).docsSidebars, {});
});

test('descriptions stay for the docs a generated index page shows as cards', () => {
  const withIndex: VersionProp = {
    ...VERSION,
    docsSidebars: {
      docs: [{type: 'category', label: 'Network', href: '/docs/category/network', items: SIDEBAR[2].items![0].items}],
    },
  };
  const pages = [{path: '/docs/category/network', sidebar: 'docs'}];
  const v = sectionVersion(withIndex, pages, ['/docs/category/network']);
  assert.equal(v.docs['troubleshooting/network/tls'].description, 'Description of troubleshooting/network/tls');
  assert.equal(sectionVersion(withIndex, pages).docs['troubleshooting/network/tls'].description, undefined);
});

test('every page is still rendered by the section route that holds it, in the order Docusaurus sorts routes', () => {
  const [root] = sortRoutes([splitDocsRoute(docsRoute(), DEPTHS)], '/');
  const versions = root.routes!;
  assert.deepEqual(versions.map((r) => r.path).sort(), [
    '/docs',
    '/docs/getting-started',
    '/docs/intro',
    '/docs/troubleshooting',
    '/docs/troubleshooting/network',
    '/docs/troubleshooting/wsl',
    '/docs/unlisted-page',
  ]);
  for (const page of [...PAGES, '/docs/troubleshooting']) {
    const chain = rendered([root], page);
    assert.deepEqual(
      chain.map((r) => r.component),
      ['DocsRoot', 'DocVersionRoot', 'DocRoot', 'DocItem'],
      `${page} is not rendered as a doc`,
    );
    const props = chain[1].props as {version: VersionProp};
    assert.equal(chain[1].path, sectionOf(page, '/docs', DEPTHS));
    if (page !== '/docs/unlisted-page') assert.ok(props.version.docsSidebars.docs, `${page} has no sidebar`);
  }
  // The tags page stays under the base path, the props of which carry no sidebar of any page.
  assert.deepEqual(
    rendered([root], '/docs/tags').map((r) => r.component),
    ['DocsRoot', 'DocVersionRoot', 'DocTagsListPage'],
  );
  const proxy = rendered([root], '/docs/troubleshooting/network/tls')[1].props as {version: VersionProp};
  // Collapsed categories link by address only, so the map holds the section's own entries and the top pages.
  assert.deepEqual(Object.keys(proxy.version.docs).sort(), [
    'intro',
    'troubleshooting/network/proxy-unreachable',
    'troubleshooting/network/tls',
  ]);
});

test('with depth 0 the version route stays one, with the docs map trimmed', () => {
  const split = splitDocsRoute(docsRoute(), {default: 0});
  assert.equal(split.routes!.length, 1);
  const v = (split.routes![0].props as {version: VersionProp}).version;
  assert.equal(v.docsSidebars.docs.length, SIDEBAR.length - 1);
  assert.ok(Object.values(v.docs).every((d) => d.description === undefined));
});
