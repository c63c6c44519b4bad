import fs from 'node:fs';
import path from 'node:path';
import {syntheticCorpus} from './syntheticCorpus';
import {gzipSize} from './pageWeight';

/** The page a reader of the grown FAQ lands on: the first synthetic FAQ entry, present at every size. */
export function syntheticFaqRoute(): string {
  const faq = syntheticCorpus(10).find((f) => f.path.startsWith('docs/troubleshooting/'));
  if (!faq) throw new Error('the synthetic corpus has no FAQ entry in its first ten pages');
  return `/${faq.path.replace(/\.mdx?$/, '')}`;
}

export interface SizeResult {
  pages: number;
  /** Pages written to the build, one HTML file each: what main.js holds a route for. */
  routes: number;
  faq_js_gzip_bytes: number;
  main_js_gzip_bytes: number;
  /** The webpack runtime, which maps every chunk to its file name. */
  runtime_js_gzip_bytes: number;
  /** The generated files main.js is built from, gzip on their own: where its bytes per route come from. */
  generated_gzip_bytes: Record<string, number>;
  /** Each script the FAQ page loads, with its gzip size, to see which one grows. */
  faq_scripts: Record<string, number>;
}

/** Every HTML file under a build folder. */
export function countHtml(dir: string): number {
  let n = 0;
  for (const e of fs.readdirSync(dir, {withFileTypes: true})) {
    if (e.isDirectory()) n += countHtml(path.join(dir, e.name));
    else if (e.name.endsWith('.html')) n++;
  }
  return n;
}

/** The gzip size of an entry bundle: `main` holds the route table every page loads, `runtime~main` the chunk map. */
export function mainJsGzipBytes(buildDir: string, name = 'main'): number {
  const js = path.join(buildDir, 'assets', 'js');
  const main = fs
    .readdirSync(js)
    .filter((f) => f.startsWith(`${name}.`) && /^\.[0-9a-f]+\.js$/.test(f.slice(name.length)));
  if (main.length !== 1) throw new Error(`${js}: expected one ${name}.<hash>.js, found ${main.length}`);
  return gzipSize(fs.readFileSync(path.join(js, main[0])));
}

/** Docusaurus' generated route table, module registry, chunk names and global data, gzip each. */
export function generatedGzipBytes(siteDir: string): Record<string, number> {
  const files = ['routes.js', 'registry.js', 'routesChunkNames.json', 'globalData.json'];
  return Object.fromEntries(files.map((f) => [f, gzipSize(fs.readFileSync(path.join(siteDir, '.docusaurus', f)))]));
}

/**
 * What grows between the smallest and the largest size: the FAQ page's JS, and what main.js gains per route
 * (its growth over the routes added), both gzip.
 */
export function growth(sizes: SizeResult[]) {
  if (sizes.length < 2) return null;
  const [small, large] = [sizes[0], sizes[sizes.length - 1]];
  const routes = large.routes - small.routes;
  return {
    from_pages: small.pages,
    to_pages: large.pages,
    faq_js_gzip_bytes: large.faq_js_gzip_bytes - small.faq_js_gzip_bytes,
    main_js_gzip_bytes: large.main_js_gzip_bytes - small.main_js_gzip_bytes,
    runtime_js_gzip_bytes: large.runtime_js_gzip_bytes - small.runtime_js_gzip_bytes,
    main_js_gzip_bytes_per_route:
      routes > 0 ? Math.round(((large.main_js_gzip_bytes - small.main_js_gzip_bytes) / routes) * 10) / 10 : null,
  };
}
