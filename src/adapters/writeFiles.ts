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
const bakOf = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.bak`);

/** The file operations the swap needs; tests inject a failing rename to prove the rollback. */
export interface SwapFs {
  renameSync(from: string, to: string): void;
}

/** Keeps the old target readable while a backup exists: a hard link where the file system allows, else a copy. */
function keepBackup(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const bak = bakOf(file);
  fs.rmSync(bak, {force: true});
  try {
    fs.linkSync(file, bak);
  } catch {
    fs.copyFileSync(file, bak);
  }
  return true;
}

/**
 * All outputs of one run, or none. Every file is first written beside its target (same folder, so the rename
 * cannot cross file systems), and a backup of every existing target is kept. Only then is each prepared file
 * renamed over its target. If one rename fails, the targets already swapped get their old content back from the
 * backups (and targets that did not exist before are removed), so the set on disk is the old one, whole.
 * A reader may see the new version of one file and the old of another only during the swap itself; a reader
 * never sees half a file. What is not covered: the process being killed mid-swap, and a rollback rename that
 * itself fails (then the error names the file and the backup is left beside it).
 */
export function writeFilesAtomic(files: readonly OutputFile[], ops: SwapFs = fs): void {
  const staged: string[] = [];
  const backups = new Map<string, boolean>();
  const swapped: string[] = [];
  let done = false;
  try {
    for (const f of files) {
      try {
        ensureDir(path.dirname(f.path));
        fs.writeFileSync(tmpOf(f.path), f.content);
        staged.push(f.path);
        backups.set(f.path, keepBackup(f.path));
      } catch (err) {
        throw new WriteError(f.path, reasonOf(err));
      }
    }
    for (const f of files) {
      try {
        ops.renameSync(tmpOf(f.path), f.path);
        swapped.push(f.path);
      } catch (err) {
        throw new WriteError(f.path, reasonOf(err));
      }
    }
    done = true;
  } finally {
    if (!done) rollBack(swapped, backups, ops);
    for (const f of staged) fs.rmSync(tmpOf(f), {force: true});
    for (const [f, had] of backups) if (had && (done || !swapped.includes(f))) fs.rmSync(bakOf(f), {force: true});
  }
}

function rollBack(swapped: readonly string[], backups: ReadonlyMap<string, boolean>, ops: SwapFs): void {
  for (const f of [...swapped].reverse()) {
    try {
      if (backups.get(f)) ops.renameSync(bakOf(f), f);
      else fs.rmSync(f, {force: true});
    } catch (err) {
      throw new WriteError(
        f,
        `could not restore the old file after a failed write (${reasonOf(err)}); it is kept as ${bakOf(f)}`,
      );
    }
  }
}

/** Readers never see half a file: write beside the target, then rename over it. */
export const writeFileAtomic = (file: string, content: string) => writeFilesAtomic([{path: file, content}]);
