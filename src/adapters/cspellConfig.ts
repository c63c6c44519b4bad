/**
 * The spelling gate's configuration: the repository's cspell.json plus what the schemas already check. Written to
 * a temporary file because cspell reads its configuration only from files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {closedListIgnorePattern, closedListKeys, FRONTMATTER_SCHEMAS} from '../content/spelling/closedLists';

export function writeSpellingConfig(siteDir: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-cspell-'));
  const file = path.join(dir, 'cspell.json');
  const config = {
    version: '0.2',
    import: [path.join(path.resolve(siteDir), 'cspell.json')],
    ignoreRegExpList: [closedListIgnorePattern(closedListKeys(FRONTMATTER_SCHEMAS))],
  };
  fs.writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}
