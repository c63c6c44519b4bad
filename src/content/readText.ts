/**
 * Reads one content data file (the code lock, a monitoring record, the storyboard, the synonym list) as text,
 * turning every way the read can fail into one content error instead of an exception: a directory where the file
 * should be, a symbolic link, a file that went missing, an unreadable file, and a file too large to parse safely.
 */
import fs from 'node:fs';
import path from 'node:path';
import {contentError, type ContentError} from './errors';
import type {RuleId} from './rules';

/**
 * Data files are parsed whole (YAML, JSON) and some feed every search query, so a size limit is checked from the
 * file's metadata before a byte is read: a huge file is refused without the heap ever holding it.
 */
export const MAX_DATA_FILE_BYTES = 256 * 1024;

export interface ReadTextResult {
  text?: string;
  errors: ContentError[];
}

export function readContentText(
  siteDir: string,
  file: string,
  rule: RuleId,
  maxBytes = MAX_DATA_FILE_BYTES,
): ReadTextResult {
  const fail = (message: string, fix: string, r: RuleId = rule): ReadTextResult => ({
    errors: [contentError({file, line: 1, field: '(file)', message, fix, rule: r})],
  });
  const abs = path.join(siteDir, file);
  let stat: fs.Stats;
  try {
    // lstat: a link would let a record publish (or feed Prometheus) a file from outside the repository.
    stat = fs.lstatSync(abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('expected a file, found none', `create ${file} or remove what refers to it`);
    return fail(`expected a readable file, found ${code ?? 'an error'}`, `make ${file} a readable file`);
  }
  if (stat.isSymbolicLink()) {
    const fix = 'replace the link with the file itself';
    return fail('expected a regular file or folder, found a symbolic link', fix, 'files/symlink');
  }
  if (stat.isDirectory()) {
    return fail('expected a file, found a directory', `replace the directory ${file} with the file itself`);
  }
  if (!stat.isFile()) return fail('expected a regular file, found a special file', `make ${file} a regular file`);
  if (stat.size > maxBytes) {
    return fail(
      `expected at most ${maxBytes / 1024} KB, found ${Math.ceil(stat.size / 1024)} KB`,
      'keep the file small: split it, or shorten what grew',
      'files/size',
    );
  }
  try {
    return {text: fs.readFileSync(abs, 'utf8'), errors: []};
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return fail(`expected a readable file, found ${code ?? 'an error'}`, `make ${file} readable (chmod a+r ${file})`);
  }
}
