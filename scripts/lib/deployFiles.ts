import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {
  contentSecurityPolicy,
  inlineScripts,
  NGINX_DIR,
  PRECOMPRESS_EXT,
  PRECOMPRESS_MIN_BYTES,
  scriptHash,
  SECURITY_HEADERS,
  securityHeadersConf,
  SHORT_LINKS_MAP,
  shortLinkMap,
} from '../../src/deploy/nginx';
import {DOCTOR_MAP_PATH} from '../../src/content/generate/doctorMap';

function walk(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

/**
 * The HTML pages the site itself rendered: not copies of files from static/, not files a page linked (which
 * Docusaurus copies under assets/). Only their inline scripts are allowed by hash; an HTML file a contributor
 * dropped into static/ would otherwise get its own script whitelisted by the CSP.
 */
export function siteEmittedPages(outDir: string, files: string[], staticDirs: string[]): string[] {
  return files.filter((f) => {
    if (!f.endsWith('.html')) return false;
    const rel = path.relative(outDir, f);
    if (rel.split(path.sep)[0] === 'assets') return false;
    return !staticDirs.some((d) => fs.existsSync(path.join(d, rel)));
  });
}

/**
 * The build-time part of production serving, run on a finished build folder: the short-link map and the
 * security headers (CSP hashes of the built pages' inline scripts) for nginx, then a .gz beside every text file.
 */
export function writeDeployFiles(
  outDir: string,
  baseUrl = '/',
  staticDirs = [path.resolve('static')],
): {hashes: number; shortLinks: number; gzipped: number} {
  const files = walk(outDir);
  const hashes = new Set<string>();
  for (const f of siteEmittedPages(outDir, files, staticDirs))
    for (const s of inlineScripts(fs.readFileSync(f, 'utf8'))) hashes.add(scriptHash(s));
  const doctorMap = JSON.parse(fs.readFileSync(path.join(outDir, DOCTOR_MAP_PATH), 'utf8')) as {
    codes: {code: string; url: string}[];
  };
  fs.mkdirSync(path.join(outDir, NGINX_DIR), {recursive: true});
  fs.writeFileSync(path.join(outDir, SHORT_LINKS_MAP), shortLinkMap(doctorMap, baseUrl));
  const connect = (process.env.AIBOX_DOCS_CONNECT_SRC ?? '').split(/\s+/).filter(Boolean);
  fs.writeFileSync(
    path.join(outDir, SECURITY_HEADERS),
    securityHeadersConf(contentSecurityPolicy([...hashes], connect)),
  );
  let gzipped = 0;
  for (const f of files) {
    if (!PRECOMPRESS_EXT.test(f)) continue;
    const buf = fs.readFileSync(f);
    if (buf.length < PRECOMPRESS_MIN_BYTES) continue;
    fs.writeFileSync(`${f}.gz`, zlib.gzipSync(buf, {level: 9}));
    gzipped += 1;
  }
  return {hashes: hashes.size, shortLinks: doctorMap.codes.length, gzipped};
}
