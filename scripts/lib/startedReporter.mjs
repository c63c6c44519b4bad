// A node:test reporter for the unit shards (scripts/test-unit.ts): one line as each top-level test starts running
// and one as it ends, written to a file of the shard's own. When a shard goes silent, its runner reads the file to
// name the test that never ended, where the spec output alone can only say what finished last. Plain JavaScript:
// node --test loads its reporters before tsx is in place.

/** @param {AsyncIterable<{type: string, data: {nesting: number, name: string, file?: string}}>} source */
export default async function* started(source) {
  for await (const event of source) {
    if (event.type !== 'test:dequeue' && event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.nesting !== 0) continue;
    yield `${event.type === 'test:dequeue' ? 'start' : 'end'}\t${event.data.file ?? ''}\t${event.data.name}\n`;
  }
}
