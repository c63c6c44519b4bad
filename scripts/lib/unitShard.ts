// One shard of the unit tests: imports its test files one after another into this one process, where node:test
// runs them in order. Started by scripts/test-unit.ts, never by hand.
import path from 'node:path';
import {pathToFileURL} from 'node:url';

async function main() {
  for (const file of process.argv.slice(2)) {
    try {
      await import(pathToFileURL(path.resolve(file)).href);
    } catch (err) {
      // A file that cannot load fails the run, and the files after it still run.
      console.error(`${file}: cannot load: ${(err as Error).message}`);
      process.exitCode = 1;
    }
  }
}

void main();
