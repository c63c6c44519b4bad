import crypto from 'node:crypto';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {Browser} from 'playwright-core';
import {CHROMIUM_ARGS, findBrowser} from '../adapters/findBrowser';

export interface Diagram {
  id: string;
  code: string;
}
/** SVG text, or the parse error with the 1-based line inside the diagram. */
export type RenderResult = {svg: string} | {error: string; line: number};
export type MermaidRender = (diagram: Diagram) => Promise<RenderResult>;

const require = createRequire(import.meta.url);
const MERMAID_JS = require.resolve('mermaid/dist/mermaid.min.js');
const MERMAID_VERSION = (require('mermaid/package.json') as {version: string}).version;

/** Labels as SVG text (no HTML in foreignObject), so diagrams print and read the same everywhere. */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  securityLevel: 'strict',
  theme: 'default',
  htmlLabels: false,
  flowchart: {htmlLabels: false},
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, Cantarell, "Noto Sans", sans-serif',
} as const;

const CACHE_DIR = path.join(process.cwd(), 'node_modules', '.cache', 'aibox-mermaid');

export const cacheKey = (d: Diagram) =>
  crypto
    .createHash('sha256')
    .update(JSON.stringify([MERMAID_VERSION, MERMAID_CONFIG, d.id, d.code]))
    .digest('hex');

let browser: Promise<Browser> | undefined;
let idle: NodeJS.Timeout | undefined;

async function page() {
  clearTimeout(idle);
  browser ??= (async () => {
    // Required on the first diagram the cache does not have: Docusaurus evaluates the configuration, which
    // imports this file, twice per build, and most builds render no diagram at all.
    const {chromium} = require('playwright-core') as typeof import('playwright-core');
    const found = findBrowser();
    if (!found.path) throw new Error(`mermaid diagrams are rendered at build time in Chromium: ${found.error}`);
    return chromium.launch({executablePath: found.path, args: CHROMIUM_ARGS});
  })();
  const p = await (await browser).newPage();
  await p.setContent('<!doctype html><html><body></body></html>');
  // Loaded from node_modules: the build makes no network requests.
  await p.addScriptTag({path: MERMAID_JS});
  return p;
}

function closeSoon() {
  idle = setTimeout(() => {
    const b = browser;
    browser = undefined;
    void b?.then((x) => x.close());
  }, 2000);
  idle.unref();
}

/**
 * Renders one diagram to SVG in a headless Chromium with the mermaid package from node_modules.
 * Results are cached on disk by content hash, so unchanged diagrams cost nothing on the next build.
 */
export const renderInChromium: MermaidRender = async (d) => {
  const cached = path.join(CACHE_DIR, `${cacheKey(d)}.json`);
  if (fs.existsSync(cached)) return JSON.parse(fs.readFileSync(cached, 'utf8')) as RenderResult;
  const p = await page();
  try {
    const result = (await p.evaluate(
      async ({id, code, config}) => {
        const m = (
          window as unknown as {
            mermaid: {
              initialize(c: unknown): void;
              parse(c: string): Promise<unknown>;
              render(i: string, c: string): Promise<{svg: string}>;
            };
          }
        ).mermaid;
        m.initialize(config);
        try {
          await m.parse(code);
        } catch (err) {
          const message = String((err as Error).message ?? err);
          const line = Number(/line (\d+)/i.exec(message)?.[1] ?? 1);
          return {error: message.split('\n')[0], line};
        }
        return {svg: (await m.render(id, code)).svg};
      },
      {id: d.id, code: d.code, config: MERMAID_CONFIG},
    )) as RenderResult;
    if ('svg' in result) {
      fs.mkdirSync(CACHE_DIR, {recursive: true});
      fs.writeFileSync(cached, JSON.stringify(result));
    }
    return result;
  } finally {
    await p.close();
    closeSoon();
  }
};
