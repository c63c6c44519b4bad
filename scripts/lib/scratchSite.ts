import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {SITE_CODE, SITE_CONTENT} from './siteParts';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * A throwaway copy of the site: configuration and code are symlinked, content is copied, so a test can
 * break a page without touching the checkout.
 */
export function scratchSite(contentFrom = REPO): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-site-'));
  for (const name of SITE_CODE) {
    fs.symlinkSync(path.join(REPO, name), path.join(dir, name));
  }
  for (const name of SITE_CONTENT) {
    if (!fs.existsSync(path.join(contentFrom, name))) continue;
    fs.cpSync(path.join(contentFrom, name), path.join(dir, name), {recursive: true});
  }
  return dir;
}

export function replaceIn(file: string, from: string, to: string): void {
  const text = fs.readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  fs.writeFileSync(file, text.replace(from, to));
}
