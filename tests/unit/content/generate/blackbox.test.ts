import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type {AddressInfo} from 'node:net';
import {parse, stringify} from 'yaml';
import {toolMissing} from '../../../requireTool';
import {loadAndCheck} from '../../../../src/content/check';
import {buildBlackboxModules, buildProbeScrapeConfigs} from '../../../../src/content/generate/probes';
import type {Probe} from '../../../../src/content/schemas';
import {REPO} from '../../../../scripts/lib/scratchSite';

// The real tools, from Debian's prometheus-blackbox-exporter and prometheus packages; CI installs both (.ci/run).
const EXPORTER = 'prometheus-blackbox-exporter';
const noExporter = toolMissing(EXPORTER, ['--version'], `apt-get install ${EXPORTER} (CI installs it)`);
const noPromtool = toolMissing('promtool', ['--version'], 'apt-get install prometheus (CI installs it)');

const catalogue = loadAndCheck(REPO).corpus.ops!.probes!;
const probes = catalogue.probes.map((p) => p.data);
const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `aibox-${name}-`));

test(`${EXPORTER} --config.check accepts the generated modules, and refuses a broken one`, {skip: noExporter}, () => {
  const dir = tmp('blackbox');
  const check = (content: string) => {
    const file = path.join(dir, 'blackbox.yml');
    fs.writeFileSync(file, content);
    return spawnSync(EXPORTER, ['--config.check', `--config.file=${file}`], {encoding: 'utf8'});
  };
  const ok = check(buildBlackboxModules(probes));
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stderr, /Config file is ok/);
  // The check is real: an unknown key in a module is refused.
  const broken = check(buildBlackboxModules(probes).replace('valid_status_codes:', 'valid_status_code:'));
  assert.notEqual(broken.status, 0, broken.stderr);
});

test('promtool check config accepts a prometheus.yml holding the generated scrape configs', {skip: noPromtool}, () => {
  // Prometheus 2.43 and later can include the file with scrape_config_files; Debian's 2.42 cannot, so the test
  // (like an operator on 2.42) copies its scrape_configs into prometheus.yml.
  const {scrape_configs} = parse(buildProbeScrapeConfigs(probes, catalogue.exporter)) as {scrape_configs: unknown[]};
  const file = path.join(tmp('prometheus'), 'prometheus.yml');
  fs.writeFileSync(file, stringify({global: {scrape_interval: '1m'}, scrape_configs}));
  const r = spawnSync('promtool', ['check', 'config', file], {encoding: 'utf8'});
  assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
  assert.match(r.stdout, /SUCCESS/);
});

/** Starts the exporter on a port the kernel picks; resolves with its address once it listens. */
async function startExporter(config: string): Promise<{url: string; stop: () => Promise<void>}> {
  const file = path.join(tmp('blackbox-run'), 'blackbox.yml');
  fs.writeFileSync(file, config);
  const child = spawn(EXPORTER, [`--config.file=${file}`, '--web.listen-address=127.0.0.1:0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
  };
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    // npm test runs the build and the other suites beside this one: a Go binary can take a while to start then.
    const timer = setTimeout(() => reject(new Error(`the exporter did not listen within 60 s:\n${log}`)), 60_000);
    child.stderr.on('data', (d: Buffer) => {
      log += d.toString();
      const m = /msg="Listening on" address=(127\.0\.0\.1:\d+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(`http://${m[1]}`);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the exporter exited with ${code}:\n${log}`));
    });
  }).catch(async (err: Error) => {
    await stop();
    throw err;
  });
  return {url, stop};
}

const listen = async (server: net.Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};

/** Harbor's health body: the overall status and one entry per component, each with its own status. */
const harborBody = (overall: string, registry: string) =>
  JSON.stringify({
    status: overall,
    components: [
      {name: 'core', status: 'healthy'},
      {name: 'registry', status: registry},
    ],
  });

test(
  'the exporter itself, with the generated modules: Harbor passes on a healthy body only, Vault on 200/429/473, the proxy on an open port',
  {skip: noExporter},
  async () => {
    const routes: Record<string, [number, string]> = {
      '/harbor/healthy': [200, harborBody('healthy', 'healthy')],
      '/harbor/unhealthy': [200, harborBody('unhealthy', 'unhealthy')],
      '/harbor/component-unhealthy': [200, harborBody('healthy', 'unhealthy')],
      '/harbor/error-page': [200, '<html>upstream connect error</html>'],
      '/vault/active': [200, '{}'],
      '/vault/standby': [429, '{}'],
      '/vault/perf-standby': [473, '{}'],
      '/vault/sealed': [503, '{}'],
      '/vault/uninitialised': [501, '{}'],
    };
    const server = http.createServer((req, res) => {
      const [status, body] = routes[req.url ?? ''] ?? [404, ''];
      res.writeHead(status, {'content-type': 'application/json'}).end(body);
    });
    const tcp = net.createServer((socket) => socket.end());
    const closed = net.createServer();
    const web = await listen(server);
    const open = await listen(tcp);
    const shut = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    // The local endpoints speak plain HTTP, so the CA file and the TLS requirement are the only settings left out.
    const local = probes.map((p): Probe =>
      p.http ? {...p, http: {...p.http, tls_config: undefined, fail_if_not_ssl: undefined}} : p,
    );
    // The servers close however the test ends, even when the exporter never starts.
    let exporter: Awaited<ReturnType<typeof startExporter>> | undefined;
    try {
      exporter = await startExporter(buildBlackboxModules(local));
      const {url} = exporter;
      const probe = async (module: string, target: string) => {
        const q = new URLSearchParams({module, target});
        const text = await (await fetch(`${url}/probe?${q}`)).text();
        const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);
        return {success: value('probe_success'), status: value('probe_http_status_code')};
      };
      const at = (p: string) => `http://127.0.0.1:${web}${p}`;
      assert.deepEqual(await probe('blackbox-harbor', at('/harbor/healthy')), {success: 1, status: 200});
      assert.deepEqual(await probe('blackbox-harbor', at('/harbor/unhealthy')), {success: 0, status: 200});
      assert.deepEqual(await probe('blackbox-harbor', at('/harbor/component-unhealthy')), {success: 0, status: 200});
      assert.deepEqual(await probe('blackbox-harbor', at('/harbor/error-page')), {success: 0, status: 200});
      for (const [p, status, success] of [
        ['/vault/active', 200, 1],
        ['/vault/standby', 429, 1],
        ['/vault/perf-standby', 473, 1],
        // Sealed fails the probe and keeps the status, which VaultSealed matches.
        ['/vault/sealed', 503, 0],
        ['/vault/uninitialised', 501, 0],
      ] as const)
        assert.deepEqual(await probe('blackbox-vault', at(p)), {success, status}, p);
      assert.equal((await probe('blackbox-tcp', `127.0.0.1:${open}`)).success, 1);
      assert.equal((await probe('blackbox-tcp', `127.0.0.1:${shut}`)).success, 0);
    } finally {
      await exporter?.stop();
      server.close();
      tcp.close();
    }
  },
);
