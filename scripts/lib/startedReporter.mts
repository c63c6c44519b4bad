// A node:test reporter for the unit shards (scripts/test-unit.ts): one line as each top-level test starts and one as
// it ends, written to a file of the shard's own. When a shard goes silent, its runner reads the file to name the
// test that never ended, where the spec output alone can only say what finished last.
import type {TestEvent} from 'node:test/reporters';

export default async function* started(source: AsyncIterable<TestEvent>): AsyncGenerator<string> {
  for await (const event of source) {
    if (event.type !== 'test:dequeue' && event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const data = event.data as {nesting: number; name: string; file?: string};
    if (data.nesting !== 0) continue;
    yield `${event.type === 'test:dequeue' ? 'start' : 'end'}\t${data.file ?? ''}\t${data.name}\n`;
  }
}
