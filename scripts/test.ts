// npm test: every suite, side by side where they do not depend on each other. The check, the production build and
// the unit tests start together; the end-to-end tests start when the build is done. Each line of output carries the
// suite's name; a summary with each suite's time closes the run. Exit 1 if any suite failed or did not run.
import {spawn} from 'node:child_process';
import readline from 'node:readline';
import {runCli} from './lib/cli';

const USAGE = `usage: npm run test   (the same as npm test)

Runs npm run check, npm run build and npm run test:unit at once, then npm run test:e2e on the build. A suite's
lines are prefixed with its name. Run one suite alone with its own command (see the README).`;

interface Suite {
  name: string;
  script: string;
  after?: string;
}

// The end-to-end tests read build/; nothing else needs another suite. On two cores the end-to-end run leaves about
// half a core idle while pages load, which the unit tests fill.
const SUITES: Suite[] = [
  {name: 'check', script: 'check'},
  {name: 'build', script: 'build'},
  {name: 'unit', script: 'test:unit'},
  {name: 'e2e', script: 'test:e2e', after: 'build'},
];

type Outcome = {ok: boolean; seconds: number; ran: boolean};

function run(s: Suite, width: number): Promise<Outcome> {
  const started = Date.now();
  const prefix = `${s.name.padEnd(width)} | `;
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', s.script], {stdio: ['ignore', 'pipe', 'pipe']});
    for (const stream of [child.stdout, child.stderr])
      readline.createInterface({input: stream}).on('line', (l) => process.stdout.write(`${prefix}${l}\n`));
    const done = (ok: boolean) => resolve({ok, ran: true, seconds: (Date.now() - started) / 1000});
    child.on('error', (e) => {
      process.stdout.write(`${prefix}npm: ${e.message}\n`);
      done(false);
    });
    child.on('close', (code) => done(code === 0));
  });
}

async function main(): Promise<number> {
  const width = Math.max(...SUITES.map((s) => s.name.length));
  const outcomes = new Map<string, Promise<Outcome>>();
  for (const s of SUITES) {
    const before = s.after ? outcomes.get(s.after)! : Promise.resolve({ok: true, ran: true, seconds: 0});
    outcomes.set(
      s.name,
      before.then((b) => (b.ok ? run(s, width) : {ok: false, ran: false, seconds: 0})),
    );
  }
  const results = await Promise.all(SUITES.map(async (s) => ({s, r: await outcomes.get(s.name)!})));
  console.log('\nnpm test:');
  for (const {s, r} of results) {
    const what = !r.ran ? `not run (${s.after} failed)` : r.ok ? 'passed' : 'FAILED';
    console.log(`  ${s.name.padEnd(width)}  ${what}${r.ran ? ` in ${r.seconds.toFixed(0)} s` : ''}`);
  }
  return results.every(({r}) => r.ok) ? 0 : 1;
}

void runCli({name: 'test', usage: USAGE, options: {}}, main);
