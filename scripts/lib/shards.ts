import path from 'node:path';

/**
 * Test files dealt to the shard with the least so far, largest first. A file's size stands in for its time: the
 * files that spawn the scripts or build a site are the long ones, and the largest. Each shard's files stay in
 * path order, so a run is the same whatever order the files were found in.
 */
export function deal(files: readonly {file: string; bytes: number}[], shards: number): string[][] {
  const out = Array.from({length: shards}, () => ({bytes: 0, files: [] as string[]}));
  for (const f of [...files].sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file))) {
    const lightest = out.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    lightest.files.push(f.file);
    lightest.bytes += f.bytes;
  }
  return out.map((s) => s.files.sort()).filter((s) => s.length);
}

/**
 * The top-level tests that started and never ended, from a shard's start/end log (scripts/lib/startedReporter.ts):
 * `file: name`, in the order they started. Names can repeat across files, so a test is its file and its name.
 */
export function unfinished(log: string, cwd: string): string[] {
  const open: string[] = [];
  for (const line of log.split('\n')) {
    const [what, file, ...name] = line.split('\t');
    const key = `${path.relative(cwd, file?.startsWith('file:') ? new URL(file).pathname : (file ?? '')) || '(unknown file)'}: ${name.join('\t')}`;
    if (what === 'start') open.push(key);
    else if (what === 'end') {
      const at = open.indexOf(key);
      if (at >= 0) open.splice(at, 1);
    }
  }
  return open;
}
