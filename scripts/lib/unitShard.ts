// One shard of the unit tests, started by scripts/test-unit.ts, never by hand. The test files (CommonJS once tsx
// has compiled them) are all required, synchronously, before any test runs. Imported one by one with import(),
// later files were still loading while earlier tests ran, and in 2 of 4 clean-clone runs one of those imports
// never settled after every test so far had ended.
import {createRequire} from 'node:module';
import path from 'node:path';

const load = createRequire(path.resolve('package.json'));

for (const file of process.argv.slice(2)) {
  try {
    load(path.resolve(file));
  } catch (err) {
    // A file that cannot load fails the run, and the files after it still run.
    console.error(`${file}: cannot load: ${(err as Error).message.split('\n')[0]}`);
    process.exitCode = 1;
  }
}
