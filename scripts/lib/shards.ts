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
