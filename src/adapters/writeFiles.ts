import fs from 'node:fs';
import path from 'node:path';

export interface OutputFile {
  path: string;
  content: string;
}

/** Why an output could not be written, naming the file; the caller prints it as one line. */
export class WriteError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: cannot write: ${reason}`);
    this.name = 'WriteError';
  }
}

/**
 * mkdir -p, one level at a time: Node's recursive mkdir can loop for minutes on pseudo file systems such as
 * /proc, where creating a folder fails with ENOENT although its parent exists.
 */
function ensureDir(dir: string): void {
  const missing: string[] = [];
  let cur = path.resolve(dir);
  while (!fs.existsSync(cur)) {
    missing.unshift(cur);
    const parent = path.dirname(cur);
    if (parent === cur) break;
    cur = parent;
  }
  for (const d of missing) fs.mkdirSync(d);
}

const reasonOf = (err: unknown) => (err as NodeJS.ErrnoException).code ?? (err as Error).message.split('\n')[0];
const tmpOf = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);

/**
 * All outputs of one run, or none: every file is first written beside its target, and only when all of them
 * are on disk are they renamed into place. A bad path fails at once, before any target is touched.
 */
export function writeFilesAtomic(files: readonly OutputFile[]): void {
  const written: string[] = [];
  try {
    for (const f of files) {
      try {
        ensureDir(path.dirname(f.path));
        fs.writeFileSync(tmpOf(f.path), f.content);
        written.push(f.path);
      } catch (err) {
        throw new WriteError(f.path, reasonOf(err));
      }
    }
    for (const f of files) {
      try {
        fs.renameSync(tmpOf(f.path), f.path);
      } catch (err) {
        throw new WriteError(f.path, reasonOf(err));
      }
    }
  } finally {
    for (const f of written) fs.rmSync(tmpOf(f), {force: true});
  }
}

/** Readers never see half a file: write beside the target, then rename over it. */
export const writeFileAtomic = (file: string, content: string) => writeFilesAtomic([{path: file, content}]);
