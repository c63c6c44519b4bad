// Production build that never leaves a half-written site: Docusaurus writes into a scratch directory,
// which replaces build/ only when everything (content checks, broken links, generators) succeeded.
// On failure build/ is removed too, so no stale or partial output can be deployed by mistake.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import {writeDeployFiles} from './lib/deployFiles';
import {feedbackUrl, siteUrl} from '../src/siteSettings';
import {todayIso} from '../src/content/freshness';

const OUT = 'build';
const TMP = '.build-tmp';
/** A dot file: nginx serves none of them. */
const BUILD_INFO = '.build-info.json';

// The configuration reads both settings too; refusing them here keeps Docusaurus' stack trace out of the way.
try {
  siteUrl();
} catch (err) {
  console.error(`build: AIBOX_DOCS_SITE_URL: ${(err as Error).message}`);
  process.exit(1);
}
try {
  feedbackUrl();
} catch (err) {
  console.error(`build: ${(err as Error).message}`);
  process.exit(1);
}

// One "today" for the whole build (overdue badges, freshness notices), written beside it, so a build that
// runs across midnight agrees with itself and the e2e tests read the date the build used.
const today = todayIso();
fs.rmSync(TMP, {recursive: true, force: true});
const result = spawnSync('npx', ['docusaurus', 'build', '--out-dir', TMP, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {...process.env, AIBOX_TODAY: today},
});
if (result.status !== 0) {
  fs.rmSync(TMP, {recursive: true, force: true});
  fs.rmSync(OUT, {recursive: true, force: true});
  console.error(`build failed: ${OUT}/ removed, nothing to deploy`);
  process.exit(result.status ?? 1);
}
// Production-server files (nginx short-link map, CSP hashes) and precompressed .gz files, before the swap.
const deploy = writeDeployFiles(TMP);
console.log(
  `deploy files: ${deploy.shortLinks} short links, ${deploy.hashes} inline script hash(es), ${deploy.gzipped} files gzipped`,
);
fs.writeFileSync(`${TMP}/${BUILD_INFO}`, `${JSON.stringify({version: 1, today})}\n`);
fs.rmSync(OUT, {recursive: true, force: true});
fs.renameSync(TMP, OUT);
console.log(`build: ${OUT}/ ready`);
