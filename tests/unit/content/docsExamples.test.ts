import {test} from 'node:test';
import assert from 'node:assert/strict';
import {loadContent} from '../../../src/content/loader';
import {parseYaml} from '../../../src/content/frontmatter';
import {schemaForBlock} from '../../../src/content/checks/codeBlocks';
import {REPO} from '../../../scripts/lib/scratchSite';

/** Every team-policy and tool-pack example on the real site parses and validates against the tools' schemas. */
test('documented policy and tool-pack examples are valid', () => {
  const {corpus} = loadContent(REPO);
  const seen = {'team policy': 0, 'tool-pack manifest': 0} as Record<string, number>;
  for (const record of corpus.records) {
    for (const block of record.codeBlocks) {
      const target = schemaForBlock(block);
      if (!target) continue;
      seen[target.name]++;
      const parsed = parseYaml(block.value, block.line + 1);
      const result = target.schema.safeParse(parsed.data);
      assert.ok(
        result.success,
        `${record.file}:${block.line} ${target.name}: ${result.success ? '' : result.error.message}`,
      );
    }
  }
  assert.ok(seen['team policy'] >= 3, `team policy examples: ${seen['team policy']}`);
  assert.ok(seen['tool-pack manifest'] >= 3, `tool-pack examples: ${seen['tool-pack manifest']}`);
});
