import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../..');

// A check test left out of the suite would let the mutation tester report mutants that test kills as survivors,
// and a check file left out of `mutate` is never measured at all.
test('the mutation suite imports every check test file and rules.test', () => {
  const suite = fs.readFileSync(path.join(HERE, 'mutation-suite.ts'), 'utf8');
  const imported = [...suite.matchAll(/^import '\.\/(.+)';$/gm)].map((m) => m[1]).sort();
  const wanted = [
    'rules.test',
    ...fs
      .readdirSync(path.join(HERE, 'checks'))
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => `checks/${f.replace(/\.ts$/, '')}`),
  ].sort();
  assert.deepEqual(imported, wanted);
});

test('stryker mutates the checks whose scores are tracked', () => {
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'stryker.config.json'), 'utf8')) as {
    mutate: string[];
    commandRunner: {command: string};
  };
  for (const file of ['codes.ts', 'exercises.ts', 'alertCatalogue.ts'])
    assert.ok(config.mutate.includes(`src/content/checks/${file}`), `${file} is not in stryker.config.json mutate`);
  assert.equal(config.commandRunner.command, 'node --import tsx --test tests/unit/content/mutation-suite.ts');
});
