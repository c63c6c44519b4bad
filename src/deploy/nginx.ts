import crypto from 'node:crypto';

/** Where build-time server files live inside the build folder; the template includes them from here. */
export const NGINX_DIR = '.nginx';
export const SHORT_LINKS_MAP = `${NGINX_DIR}/short-links.map`;
export const SECURITY_HEADERS = `${NGINX_DIR}/security-headers.conf`;

export interface SiteVars {
  /** Absolute path of the built site. */
  root: string;
  port: number;
  host?: string;
  /** address:port of the feedback collector that /api/ is proxied to (npm run feedback-server). */
  collector?: string;
}

/** Where the collector listens unless the deployment says otherwise (npm run feedback-server's default). */
export const DEFAULT_COLLECTOR = '127.0.0.1:3741';

const quoteSafe = (value: string, what: string) => {
  if (/["\\\n;{}$]/.test(value))
    throw new Error(`${what} must not contain quotes, backslashes, newlines, ; { } or $: ${value}`);
  return value;
};

/** The repository's template with the build folder and listen address filled in. */
export function renderSiteConfig(
  template: string,
  {root, port, host = '127.0.0.1', collector = DEFAULT_COLLECTOR}: SiteVars,
): string {
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`port must be 1 to 65535, found ${port}`);
  if (!/^[A-Za-z0-9.-]+:\d{1,5}$|^\[[0-9a-fA-F:]+\]:\d{1,5}$/.test(collector))
    throw new Error(`collector must be host:port, found ${collector}`);
  const vars: Record<string, string> = {
    ROOT: quoteSafe(root.replace(/\/+$/, ''), 'root'),
    LISTEN: `${quoteSafe(host, 'host')}:${port}`,
    COLLECTOR: collector,
  };
  const out = template.replace(/\{\{([A-Z]+)\}\}/g, (m, name: string) => {
    if (!(name in vars)) throw new Error(`unknown template variable ${m}`);
    return vars[name];
  });
  return out;
}

/**
 * A whole nginx.conf around the site config for one unprivileged foreground nginx: pid, temp folders and
 * logs under its own prefix, errors to stderr. `daemon off` is passed on the command line.
 */
export function renderMainConfig({
  prefix,
  siteConfigPath,
  mimeTypes = '/etc/nginx/mime.types',
  user,
}: {
  prefix: string;
  siteConfigPath: string;
  mimeTypes?: string;
  /**
   * The account the worker runs as. Only a master started as root switches user, and then to `nobody` unless told,
   * which cannot read a build in a private (mode 700) checkout. Pass the build's owner there.
   */
  user?: string;
}): string {
  const p = quoteSafe(prefix.replace(/\/+$/, ''), 'prefix');
  const userLine = user === undefined ? '' : `user "${quoteSafe(user, 'user')}";\n`;
  return `${userLine}worker_processes 1;
pid "${p}/nginx.pid";
error_log stderr warn;

events {
    worker_connections 256;
}

http {
    include "${quoteSafe(mimeTypes, 'mime types')}";
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path "${p}/client_body";
    proxy_temp_path "${p}/proxy";
    fastcgi_temp_path "${p}/fastcgi";
    uwsgi_temp_path "${p}/uwsgi";
    scgi_temp_path "${p}/scgi";
    include "${quoteSafe(siteConfigPath, 'site config')}";
}
`;
}

/** nginx map entries: /e/<CODE> and /e/<CODE>/ to the site path of the code's entry, from the doctor map. */
export function shortLinkMap(map: {codes: {code: string; url: string}[]}, baseUrl = '/'): string {
  const base = baseUrl.replace(/\/$/, '');
  const lines = ['# Generated from doctor/links.v1.json at build time: short link -> entry. Do not edit.'];
  for (const c of map.codes) {
    if (!/^[A-Z0-9-]+$/.test(c.code)) throw new Error(`not a code: ${c.code}`);
    const target = `${base}${new URL(c.url).pathname}`;
    if (!/^\/[A-Za-z0-9/._~-]*$/.test(target))
      throw new Error(`unexpected characters in the target of ${c.code}: ${target}`);
    lines.push(`${base}/e/${c.code} ${target};`, `${base}/e/${c.code}/ ${target};`);
  }
  return `${lines.join('\n')}\n`;
}

/** Inline scripts the browser runs (no src, JavaScript type), as they appear in one HTML page. */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1];
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && !['text/javascript', 'application/javascript', 'module'].includes(type)) continue;
    if (m[2].length) out.push(m[2]);
  }
  return out;
}

export const scriptHash = (source: string) =>
  `'sha256-${crypto.createHash('sha256').update(source, 'utf8').digest('base64')}'`;

/** CSP for the site: only its own origin, inline scripts allowed by hash only, never framed. */
export function contentSecurityPolicy(scriptHashes: string[], connectSrc: string[] = []): string {
  const hashes = [...new Set(scriptHashes)].sort();
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval' lets the tour's terminal player compile its WebAssembly; it allows no JavaScript eval.
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    // Docusaurus and the diagrams set style attributes; styles cannot run code, scripts are what the hashes guard.
    "style-src 'self' 'unsafe-inline'",
    // Infima draws its icons from data: SVGs.
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${["'self'", ...connectSrc].join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The headers every response gets; included in each location because add_header does not inherit. */
export function securityHeadersConf(csp: string): string {
  if (csp.includes('"')) throw new Error('CSP must not contain double quotes');
  return `# Generated at build time from the built pages. Do not edit.
add_header Content-Security-Policy "${csp}" always;
add_header X-Content-Type-Options "nosniff" always;
add_header Referrer-Policy "same-origin" always;
add_header X-Frame-Options "DENY" always;
`;
}

/** Files worth sending precompressed: text, at least this many bytes. */
export const PRECOMPRESS_EXT = /\.(html|js|css|json|svg|xml|txt|map|webmanifest)$/;
export const PRECOMPRESS_MIN_BYTES = 256;
