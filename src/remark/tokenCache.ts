import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Where the build keeps code tokens between runs; `git clean` and a fresh clone start without it. */
export const CODE_TOKENS_CACHE_DIR = path.join(process.cwd(), 'node_modules', '.cache', 'aibox-code-tokens');

/** Over 60 times the coloured blocks the site has today (about 300); past it the oldest go, so it stays bounded. */
export const MAX_CACHE_ENTRIES = 20_000;

export interface TokenCache {
  /** The cached token text for this key, or undefined (absent, unreadable or not what this cache writes). */
  get(key: string): string | undefined;
  set(key: string, tokens: string): void;
}

/** One key per block: what changes the tokens (language, code, the grammars loaded and their versions). */
export function tokenCacheKey(language: string, code: string, grammarSet: string): string {
  return crypto
    .createHash('sha256')
    .update(JSON.stringify([grammarSet, language, code]))
    .digest('hex');
}

let writes = 0;

/**
 * Token text on disk, one file per key (the same layout as the diagram cache). A write goes to a temporary file
 * beside the entry and is renamed over it, so a build running alongside never reads half an entry. The cache is
 * only a shortcut: a failed read is a miss and a failed write is ignored, so the output never depends on it.
 */
export function diskTokenCache(dir: string = CODE_TOKENS_CACHE_DIR, maxEntries = MAX_CACHE_ENTRIES): TokenCache {
  let pruned = false;
  const file = (key: string) => path.join(dir, `${key}.json`);
  return {
    get(key) {
      try {
        const text = fs.readFileSync(file(key), 'utf8');
        // What this cache writes is always a JSON array; anything else is a damaged entry, read as a miss.
        return Array.isArray(JSON.parse(text)) ? text : undefined;
      } catch {
        return undefined;
      }
    },
    set(key, tokens) {
      try {
        fs.mkdirSync(dir, {recursive: true});
        if (!pruned) {
          pruned = true;
          prune(dir, maxEntries);
        }
        const tmp = path.join(dir, `.${key}.${process.pid}.${writes++}.tmp`);
        fs.writeFileSync(tmp, tokens);
        fs.renameSync(tmp, file(key));
      } catch {
        /* a cache that cannot be written only costs the next build the tokenizing */
      }
    },
  };
}

/**
 * Once per build, before its first write: above the bound, the entries written longest ago are removed down to
 * three quarters of it, so pruning is rare and a build's own entries (the newest) stay.
 */
function prune(dir: string, maxEntries: number): void {
  const entries = fs.readdirSync(dir).filter((n) => n.endsWith('.json'));
  if (entries.length <= maxEntries) return;
  const aged = entries
    .map((n) => ({n, t: fs.statSync(path.join(dir, n)).mtimeMs}))
    .sort((a, b) => a.t - b.t || a.n.localeCompare(b.n));
  for (const {n} of aged.slice(0, entries.length - Math.floor(maxEntries * 0.75))) {
    fs.rmSync(path.join(dir, n), {force: true});
  }
}
