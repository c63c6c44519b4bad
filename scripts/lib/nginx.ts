import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {renderMainConfig, renderSiteConfig, SECURITY_HEADERS} from '../../src/deploy/nginx';
import {freePort} from './freePort';

export const TEMPLATE = path.join('deploy', 'nginx', 'aibox-docs.conf.template');
const CANDIDATES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'];

/** nginx: NGINX_PATH, else the Debian location (often not on a normal user's PATH), else PATH. */
export function findNginx(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.NGINX_PATH) return fs.existsSync(env.NGINX_PATH) ? env.NGINX_PATH : undefined;
  const found = CANDIDATES.find((p) => fs.existsSync(p));
  if (found) return found;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], {encoding: 'utf8'});
  return which.status === 0 ? which.stdout.trim() : undefined;
}

/** As root, the worker runs as the build's owner, so a checkout only its owner can read is still served. */
function workerUser(root: string): string | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = fs.statSync(root).uid;
  const entry = spawnSync('getent', ['passwd', String(uid)], {encoding: 'utf8'});
  const name = entry.status === 0 ? entry.stdout.split(':')[0] : '';
  if (!name) throw new Error(`${root} belongs to uid ${uid}, which has no account name for nginx's worker`);
  return name;
}

export interface Nginx {
  url: string;
  child: ChildProcess;
  stop: () => Promise<void>;
}

/**
 * Starts nginx in the foreground for one build folder on 127.0.0.1:port, with its own prefix, pid and temp
 * folders in a fresh temporary folder so it runs without root. Resolves once it answers. Without a port it takes a
 * free one; `url` says which.
 */
export async function startNginx({
  buildDir,
  port: wanted,
  host = '127.0.0.1',
  collector,
}: {
  buildDir: string;
  port?: number;
  host?: string;
  /** host:port of the feedback collector behind /api/. */
  collector?: string;
}): Promise<Nginx> {
  const bin = findNginx();
  if (!bin) throw new Error('nginx not found: install it (Debian: apt-get install -y nginx) or set NGINX_PATH');
  const root = path.resolve(buildDir);
  if (!fs.existsSync(path.join(root, 'index.html')))
    throw new Error(`no ${buildDir}/index.html: run npm run build first`);
  if (!fs.existsSync(path.join(root, SECURITY_HEADERS)))
    throw new Error(`no ${buildDir}/${SECURITY_HEADERS}: rebuild with npm run build`);
  const port = wanted ?? (await freePort(host));
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'aibox-nginx-'));
  const siteConfigPath = path.join(prefix, 'aibox-docs.conf');
  fs.writeFileSync(siteConfigPath, renderSiteConfig(fs.readFileSync(TEMPLATE, 'utf8'), {root, port, host, collector}));
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), renderMainConfig({prefix, siteConfigPath, user: workerUser(root)}));
  const child = spawn(bin, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', 'stderr', '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const cleanup = () => fs.rmSync(prefix, {recursive: true, force: true});
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    cleanup();
  };
  const url = `http://${host}:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) {
      cleanup();
      throw new Error(`nginx exited with status ${child.exitCode} (see its message above)`);
    }
    try {
      await fetch(`${url}/`);
      return {url, child, stop};
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await stop();
  throw new Error(`nginx did not answer on ${url}`);
}
