import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {contentError, type ContentError} from '../content/errors';
import {allRecords, type Corpus} from '../content/records';
import {shellBlocks} from '../content/checks/codeBlocks';

/**
 * Codes we do not enforce on documentation snippets, and why:
 * - SC2034 (assigned but unused): a procedure sets a variable in one block and uses it in the next.
 * - SC2164 (cd without `|| exit`): operators paste into an interactive shell, where `|| exit` would close it.
 */
export const SHELLCHECK_EXCLUDES = ['SC2034', 'SC2164'];

interface Json1 {
  comments: {file: string; line: number; level: string; code: number; message: string}[];
}

/** Runs every bash/sh/shell block through shellcheck in one process and maps findings back to the page line. */
export function shellcheckCorpus(corpus: Corpus, bin = 'shellcheck'): ContentError[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-shellcheck-'));
  const blocks = new Map<string, {file: string; firstLine: number}>();
  try {
    let i = 0;
    for (const record of allRecords(corpus)) {
      for (const block of shellBlocks(record)) {
        const name = path.join(dir, `block-${String(i++).padStart(5, '0')}.sh`);
        fs.writeFileSync(name, `${block.value}\n`);
        blocks.set(name, {file: record.file, firstLine: block.line + 1});
      }
    }
    if (!blocks.size) return [];
    const result = spawnSync(
      bin,
      [
        '--shell=bash',
        '--severity=warning',
        '--format=json1',
        `--exclude=${SHELLCHECK_EXCLUDES.join(',')}`,
        ...blocks.keys(),
      ],
      {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024},
    );
    if (result.error) {
      return [
        contentError({
          file: '(tool)',
          line: 0,
          field: 'shellcheck',
          message: `expected shellcheck on PATH, found: ${result.error.message}`,
          fix: 'apt-get install -y shellcheck',
          rule: 'blocks/shellcheck',
        }),
      ];
    }
    const report = JSON.parse(result.stdout || '{"comments":[]}') as Json1;
    return report.comments.map((c) => {
      const where = blocks.get(c.file)!;
      return contentError({
        file: where.file,
        line: where.firstLine + c.line - 1,
        field: '(code block bash)',
        message: `expected a command shellcheck accepts, found SC${c.code} (${c.level}): ${c.message}`,
        fix: `see https://www.shellcheck.net/wiki/SC${c.code}; write placeholders as "<name>" in double quotes`,
        rule: 'blocks/shellcheck',
      });
    });
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}
