// npm run bench:feedback [-- --dir build --connections 50 --duration 20 --out FILE]: the feedback collector
// under load as deployed, behind nginx, driven by autocannon. Reports requests a second, p99 latency, errors,
// and whether the stored rows match the acknowledgements. Machine-dependent: a script, never a test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import {checkFileArgs, CliError, inputDir, runCli, writeOutputs} from './lib/cli';
import {intArg, readCollectorSite, spawnCollector} from './lib/collector';
import {startNginx} from './lib/nginx';
import {siteUrl} from '../src/siteSettings';

const USAGE = `usage: npm run bench:feedback [-- --dir BUILD_DIR --connections N --duration SECONDS --port N --out FILE]

Posts page feedback through nginx to a collector on a fresh database, then counts its rows.
  --dir BUILD_DIR    the built site (default build)
  --connections N    concurrent clients (default 50)
  --duration SECONDS (default 20)
  --port N           nginx port on 127.0.0.1 (default 3250)
  --out FILE         also write the JSON result to FILE`;

void runCli(
  {
    name: 'bench:feedback',
    usage: USAGE,
    options: {
      dir: {type: 'string'},
      connections: {type: 'string'},
      duration: {type: 'string'},
      port: {type: 'string'},
      out: {type: 'string'},
    },
  },
  async ({values}) => {
    const dir = values.dir ?? 'build';
    const connections = intArg('connections', values.connections, 50, 1, 10_000);
    const duration = intArg('duration', values.duration, 20, 1, 3600);
    const port = intArg('port', values.port, 3250, 1, 65535);
    // Checked before the run: a bad --out found after the load test loses its figures.
    inputDir(dir, 'no such build; run npm run build first');
    checkFileArgs({outputs: {out: values.out}});
    // A real page of this build, so every post is one the collector stores.
    const page = readCollectorSite(dir).pages.find((p) => p.startsWith('/docs/'));
    if (!page) throw new CliError(`${dir}: the build lists no /docs/ page for the collector; rebuild`);

    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-bench-feedback-'));
    const db = path.join(tmp, 'feedback.sqlite');
    const collector = await spawnCollector({siteDir: dir, db, rateLimit: 0});
    let result: autocannon.Result;
    try {
      const nginx = await startNginx({buildDir: dir, port, collector: `127.0.0.1:${collector.port}`});
      try {
        result = await autocannon({
          url: `${nginx.url}/api/feedback`,
          method: 'POST',
          headers: {'content-type': 'application/json', origin: siteUrl()},
          body: JSON.stringify({page, answer: 'no', comment: 'The proxy step is missing'}),
          connections,
          duration,
        });
      } finally {
        await nginx.stop();
      }
    } finally {
      await collector.stop();
    }
    const store = new Database(db, {readonly: true});
    const rows = (store.prepare('SELECT count(*) AS n FROM page_feedback').get() as {n: number}).n;
    store.close();
    fs.rmSync(tmp, {recursive: true, force: true});

    const acknowledged = result['2xx'];
    // autocannon ends a timed run with one request in flight per connection and drops their answers; the
    // collector still stores them. So rows are the acknowledged posts plus at most one per connection, never fewer.
    const unacknowledged = rows - acknowledged;
    const report = {
      version: 1,
      machine: {cpus: os.cpus().length, node: process.version},
      connections,
      duration_s: duration,
      requests: result.requests.total,
      requests_per_s: result.requests.average,
      latency_ms: {p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max},
      errors: result.errors,
      timeouts: result.timeouts,
      non_2xx: result.non2xx,
      acknowledged,
      rows,
      in_flight_at_stop: unacknowledged,
      rows_match: unacknowledged >= 0 && unacknowledged <= connections,
    };
    const json = JSON.stringify(report, null, 2);
    console.log(json);
    if (values.out) writeOutputs([{path: values.out, content: `${json}\n`}]);
    return report.rows_match && report.errors === 0 && report.non_2xx === 0 ? 0 : 1;
  },
);
