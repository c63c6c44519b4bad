import type {RouteConfig} from '@docusaurus/types';

/** The parts of the docs plugin's sidebar props this module reads and writes. */
export interface SidebarItem {
  type: string;
  label?: string;
  href?: string;
  docId?: string;
  className?: string;
  items?: SidebarItem[];
  [key: string]: unknown;
}

export interface VersionDoc {
  id: string;
  title: string;
  description?: string;
  sidebar?: string;
}

/** The docs plugin's version props (`PropVersionMetadata`): every sidebar, and a map of every doc. */
export interface VersionProp {
  docsSidebars: Record<string, SidebarItem[]>;
  docs: Record<string, VersionDoc>;
  [key: string]: unknown;
}

/**
 * How many path segments below the plugin's base path name a page's section: `{default: 1}` makes
 * /docs/troubleshooting/network/x part of /docs/troubleshooting; `{troubleshooting: 2}` gives each FAQ category its
 * own. 0 keeps the whole plugin one section (the docs map is still trimmed).
 */
export interface SectionDepths {
  default: number;
  [firstSegment: string]: number;
}

const segments = (p: string) => p.split('/').filter(Boolean);
const samePath = (a: string, b: string) => a.replace(/\/+$/, '') === b.replace(/\/+$/, '');

/** The section a page belongs to: its path cut to the depth its first segment below `base` asks for. */
export function sectionOf(routePath: string, base: string, depths: SectionDepths): string {
  const below = segments(routePath).slice(segments(base).length);
  const depth = below.length ? (depths[below[0]] ?? depths.default) : 0;
  if (depth === 0) return base;
  return `/${[...segments(base), ...below.slice(0, depth)].join('/')}`;
}

function firstHref(item: SidebarItem): string | undefined {
  if (item.type === 'link') return item.href;
  if (item.type !== 'category') return undefined;
  return item.href ?? item.items?.map(firstHref).find(Boolean);
}

function holdsAny(item: SidebarItem, hrefs: readonly string[]): boolean {
  if (item.href && hrefs.some((h) => samePath(h, item.href!))) return true;
  return (item.items ?? []).some((child) => holdsAny(child, hrefs));
}

/**
 * The sidebar as a page of the section sees it: categories that hold one of the section's pages stay whole; every
 * other category becomes one link to where it opens, so the data has a line per category, not per page.
 */
export function pruneSidebar(items: readonly SidebarItem[], sectionHrefs: readonly string[]): SidebarItem[] {
  return items.flatMap((item): SidebarItem[] => {
    if (item.type !== 'category') return [item];
    if (holdsAny(item, sectionHrefs)) return [{...item, items: pruneSidebar(item.items ?? [], sectionHrefs)}];
    const href = firstHref(item);
    if (!href) return [];
    return [{type: 'link', label: item.label, href, ...(item.className && {className: item.className})}];
  });
}

function linkedDocIds(items: readonly SidebarItem[], out = new Set<string>()): Set<string> {
  for (const item of items) {
    if (item.docId) out.add(item.docId);
    linkedDocIds(item.items ?? [], out);
  }
  return out;
}

/** Doc ids listed directly in a category that opens on a generated index: that page shows their descriptions. */
function generatedIndexChildren(items: readonly SidebarItem[], indexHrefs: readonly string[], out = new Set<string>()) {
  for (const item of items) {
    if (item.type !== 'category') continue;
    if (item.href && indexHrefs.some((h) => samePath(h, item.href!)))
      for (const child of item.items ?? []) if (child.docId) out.add(child.docId);
    generatedIndexChildren(item.items ?? [], indexHrefs, out);
  }
  return out;
}

/**
 * The version props one section loads: the sidebars its pages use, pruned to the section, and the docs those
 * sidebars still link to. Descriptions are kept only where a generated index page shows them as cards (the theme's
 * DocCard reads them from this map); the page's own description reaches it with the page, not from here.
 */
export function sectionVersion(
  version: VersionProp,
  pages: readonly {path: string; sidebar?: string}[],
  generatedIndexHrefs: readonly string[] = [],
): VersionProp {
  const hrefs = pages.map((p) => p.path);
  const used = new Set(pages.flatMap((p) => (p.sidebar ? [p.sidebar] : [])));
  const docsSidebars = Object.fromEntries(
    Object.entries(version.docsSidebars)
      .filter(([name]) => used.has(name))
      .map(([name, items]) => [name, pruneSidebar(items, hrefs)]),
  );
  const listed = Object.values(docsSidebars).flat();
  const described = generatedIndexChildren(listed, generatedIndexHrefs);
  const docs = Object.fromEntries(
    [...linkedDocIds(listed)]
      .filter((id) => version.docs[id])
      .map((id) => {
        const {description, ...doc} = version.docs[id];
        return [id, described.has(id) && description !== undefined ? {...doc, description} : doc];
      }),
  );
  return {...version, docsSidebars, docs};
}

const leafPages = (routes: readonly RouteConfig[]) =>
  routes.map((r) => ({path: r.path, sidebar: typeof r.sidebar === 'string' ? r.sidebar : undefined}));

const isGeneratedIndex = (r: RouteConfig) =>
  Boolean((r.props as Record<string, unknown> | undefined)?.categoryGeneratedIndex);

/**
 * Splits each version route of the docs plugin (`props.version`, one route that wraps the doc root and its pages)
 * into one version route per section, each with the props of its own section. Docusaurus sorts parent routes so
 * that the longer path is tried first, and a page's section is its longest prefix among them, so every page is
 * still matched by the route that holds it. Routes that are not the doc root (tags) stay with the base path.
 */
export function splitVersionRoute(versionRoute: RouteConfig, depths: SectionDepths): RouteConfig[] {
  const version = (versionRoute.props as {version?: VersionProp} | undefined)?.version;
  const docRoot = versionRoute.routes?.find((r) => r.routes && samePath(r.path, versionRoute.path));
  if (!version || !docRoot) return [versionRoute];
  const others = versionRoute.routes!.filter((r) => r !== docRoot);
  const indexHrefs = docRoot.routes!.filter(isGeneratedIndex).map((r) => r.path);
  const bySection = new Map<string, RouteConfig[]>();
  for (const page of docRoot.routes!) {
    const section = sectionOf(page.path, versionRoute.path, depths);
    bySection.set(section, [...(bySection.get(section) ?? []), page]);
  }
  const base = bySection.get(versionRoute.path) ?? [];
  bySection.delete(versionRoute.path);
  const sections = [...bySection].map(([section, pages]): RouteConfig => ({
    ...versionRoute,
    path: section,
    props: {...versionRoute.props, version: sectionVersion(version, leafPages(pages), indexHrefs)},
    routes: [{...docRoot, path: section, routes: pages}],
  }));
  const rest: RouteConfig = {
    ...versionRoute,
    props: {...versionRoute.props, version: sectionVersion(version, leafPages(base), indexHrefs)},
    routes: [...(base.length ? [{...docRoot, routes: base}] : []), ...others],
  };
  return [...sections, ...(rest.routes!.length ? [rest] : [])];
}

/** The docs plugin's one root route, with each version route split by section. */
export function splitDocsRoute(root: RouteConfig, depths: SectionDepths): RouteConfig {
  if (!root.routes) return root;
  return {...root, routes: root.routes.flatMap((r) => splitVersionRoute(r, depths))};
}
