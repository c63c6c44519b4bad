import {test} from 'node:test';
import assert from 'node:assert/strict';
import {contentError, formatError} from '../../../src/content/errors';
import {RULES} from '../../../src/content/rules';

test('an error prints its own fix, or else the fix its rule registers', () => {
  const base = {
    file: 'docs/a.md',
    line: 3,
    field: 'category',
    message: 'expected x, found y',
    rule: 'frontmatter/schema',
  } as const;
  assert.equal(
    formatError(contentError({...base, fix: 'write x'})),
    'docs/a.md:3  category  expected x, found y  [frontmatter/schema]\n    fix: write x',
  );
  assert.equal(
    formatError(contentError(base)),
    `docs/a.md:3  category  expected x, found y  [frontmatter/schema]\n    fix: ${RULES['frontmatter/schema'].fix}`,
  );
  assert.equal(
    formatError(contentError({...base, severity: 'warning'})).split('\n')[0],
    'warning: docs/a.md:3  category  expected x, found y  [frontmatter/schema]',
  );
});

test('every registered rule has a fix to fall back on', () => {
  assert.deepEqual(
    Object.entries(RULES)
      .filter(([, r]) => !r.fix.trim())
      .map(([id]) => id),
    [],
  );
});
