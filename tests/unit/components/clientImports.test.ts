import {test} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {ESLint} from 'eslint';

// The lint rule that keeps browser code (src/components, src/theme, src/pages) to client-safe modules, run through
// ESLint's own API on snippets placed where a component would live.
const eslint = new ESLint({cwd: path.resolve(import.meta.dirname, '../../..')});

async function refused(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, {filePath: file});
  return result.messages
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => `${m.line}: ${m.message.split("'")[1]}`);
}

test('browser code may not import node builtins, build-time content modules, adapters, plugins, scripts or tests', async () => {
  const source = [
    "import fs from 'node:fs';",
    "import path from 'path';",
    "import {loadAndCheck} from '../content/check';",
    "import {checkLinks} from '../../content/checks/links';",
    "import {readYamlRecord} from '@site/src/content/readYamlRecord';",
    "import {findBrowser} from '../adapters/browser';",
    "import plugin from '../plugins/aibox-content';",
    "import {parseArgs} from '../../scripts/lib/cli';",
    "import {GOOD} from '../../tests/helpers';",
    'export const all = [fs, path, loadAndCheck, checkLinks, readYamlRecord, findBrowser, plugin, parseArgs, GOOD];',
    '',
  ].join('\n');
  assert.deepEqual(await refused('src/components/Probe/index.tsx', source), [
    '1: node:fs',
    '2: path',
    '3: ../content/check',
    '4: ../../content/checks/links',
    '5: @site/src/content/readYamlRecord',
    '6: ../adapters/browser',
    '7: ../plugins/aibox-content',
    '8: ../../scripts/lib/cli',
    '9: ../../tests/helpers',
  ]);
  assert.equal((await refused('src/theme/Probe.tsx', "import fs from 'node:fs';\nexport default fs;\n")).length, 1);
  assert.equal((await refused('src/pages/probe.tsx', "import fs from 'node:fs';\nexport default fs;\n")).length, 1);
});

test('client-safe content modules, type imports and packages stay allowed', async () => {
  const source = [
    "import {CATEGORY_LABELS} from '../content/enums';",
    "import {CODE_RE} from '@site/src/content/codePattern';",
    "import {privacyNote} from '../../content/feedback';",
    "import type {SiteData} from '../content/generate/siteData';",
    "import Link from '@docusaurus/Link';",
    "import {search} from '../../search/engine';",
    'export const all: unknown[] = [CATEGORY_LABELS, CODE_RE, privacyNote, Link, search];',
    'export type S = SiteData;',
    '',
  ].join('\n');
  assert.deepEqual(await refused('src/components/Probe/index.tsx', source), []);
});

test('code outside the browser bundle is not restricted', async () => {
  assert.deepEqual(await refused('src/content/probe.ts', "import fs from 'node:fs';\nexport default fs;\n"), []);
});
