// npm run bench:build: cold production builds of the real content, faster bundler (Rspack) and default (webpack),
// in one run. Prints JSON: wall time and peak resident memory of the whole process tree.
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {loadContent} from '../src/content/loader';

interface Result {
  bundler: string;
  ok: boolean;
  wallSeconds: number;
  peakRssMiB: number;
}

/** Sum of RSS over a process and all its descendants, read from /proc. */
function treeRssKiB(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      rss.set(Number(entry), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* process exited while we looked */
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

async function coldBuild(bundler: 'rspack' | 'webpack'): Promise<Result> {
  for (const dir of ['.docusaurus', 'node_modules/.cache']) fs.rmSync(dir, {recursive: true, force: true});
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `bench-${bundler}-`));
  const started = process.hrtime.bigint();
  const child = spawn('npx', ['docusaurus', 'build', '--out-dir', out], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {...process.env, AIBOX_DOCS_BUNDLER: bundler === 'webpack' ? 'webpack' : 'faster'},
  });
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRssKiB(child.pid!))), 100);
  const code: number = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  fs.rmSync(out, {recursive: true, force: true});
  return {bundler, ok: code === 0, wallSeconds: Math.round(wall * 10) / 10, peakRssMiB: Math.round(peak / 1024)};
}

async function main() {
  const pages = loadContent(process.cwd()).corpus.records.length;
  const faster = await coldBuild('rspack');
  const webpack = await coldBuild('webpack');
  console.log(
    JSON.stringify(
      {
        pages,
        cpus: os.cpus().length,
        node: process.version,
        results: [faster, webpack],
        speedup: Math.round((webpack.wallSeconds / faster.wallSeconds) * 10) / 10,
      },
      null,
      2,
    ),
  );
  process.exit(faster.ok && webpack.ok ? 0 : 1);
}

main();
