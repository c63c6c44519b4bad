import {spawn, type ChildProcess} from 'node:child_process';
import path from 'node:path';
import {collectorSiteSchema, type CollectorSite} from '../../src/content/schemas';
import {COLLECTOR_SITE_PATH} from '../../src/content/feedback';
import {validateWith} from '../../src/content/validate';
import {buildCollector} from '../../src/feedback/app';
import {openStore} from '../../src/feedback/store';
import {siteUrl} from '../../src/siteSettings';
import {checkFileArgs, CliError, inputDir, readJson, usageError} from './cli';

/** The embedded default: under data/, which git ignores. */
export const DEFAULT_DB = path.join('data', 'feedback.sqlite');
export const DEFAULT_COLLECTOR_PORT = 3741;
export const DEFAULT_RATE_LIMIT = 30;

/** The built site's pages and surveys, as the build wrote them for the collector. */
export function readCollectorSite(siteDir: string): CollectorSite {
  const file = path.join(siteDir, COLLECTOR_SITE_PATH);
  // Worded by the same error map as every content file; JSON has no lines to point at.
  const {value, errors} = validateWith(collectorSiteSchema, readJson(file), file, {lineOf: () => 1});
  if (!value) {
    const e = errors[0];
    throw new CliError(`${file}: ${e.field || '(file)'}: ${e.message}; rebuild with npm run build`);
  }
  return value;
}

/** A shared secret shorter than this is guessable; `openssl rand -hex 32` makes a good one. */
export const MIN_SUPPORT_TOKEN = 32;

/** AIBOX_SUPPORT_TOKEN: unset or empty turns POST /api/support off; a short one is refused at start. */
export function supportToken(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (value.length < MIN_SUPPORT_TOKEN)
    throw new CliError(
      `AIBOX_SUPPORT_TOKEN: expected at least ${MIN_SUPPORT_TOKEN} characters, found ${value.length}; make one with openssl rand -hex 32`,
    );
  return value;
}

export function intArg(flag: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max)
    throw usageError(`--${flag}: expected a whole number from ${min} to ${max}, found "${value}"`);
  return Number(value);
}

export interface Collector {
  url: string;
  port: number;
  db: string;
  close: () => Promise<void>;
}

/** Opens the database, builds the app for one build folder and listens; resolves once it accepts connections. */
export async function startCollector(opts: {
  siteDir: string;
  db: string;
  port: number;
  host?: string;
  rateLimit: number;
  origins?: string[];
}): Promise<Collector> {
  const site = readCollectorSite(inputDir(opts.siteDir, 'no such build; run npm run build first'));
  // The database is created when missing, so it is checked as an output: not a directory, not below a file.
  checkFileArgs({outputs: {db: opts.db}});
  const token = supportToken(process.env.AIBOX_SUPPORT_TOKEN);
  let store;
  try {
    store = openStore(opts.db);
  } catch (err) {
    throw new CliError(`${opts.db}: cannot open the database: ${(err as Error).message.split('\n')[0]}`);
  }
  const app = await buildCollector({
    store,
    site,
    rateLimit: opts.rateLimit,
    origins: [siteUrl(), ...(opts.origins ?? [])],
    supportToken: token,
  });
  const host = opts.host ?? '127.0.0.1';
  try {
    await app.listen({port: opts.port, host});
  } catch (err) {
    store.close();
    throw new CliError(
      `cannot listen on ${host}:${opts.port}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    url: `http://${host}:${port}`,
    port,
    db: opts.db,
    close: async () => {
      await app.close();
      store.close();
    },
  };
}

export interface CollectorProcess {
  child: ChildProcess;
  url: string;
  port: number;
  /** SIGTERM, then waits for the exit; nothing to do when the process is gone already. */
  stop: () => Promise<void>;
}

/**
 * `npm run feedback-server` as a process of its own, as a deployment runs it: what a kill hits is the process that
 * owns the database, and a load tool does not share its event loop. Resolves once it prints where it listens.
 */
export function spawnCollector(opts: {siteDir: string; db: string; rateLimit: number}): Promise<CollectorProcess> {
  const args = ['--import', 'tsx', 'scripts/feedback-server.ts', '--port', '0'];
  const child = spawn(
    process.execPath,
    [...args, '--db', opts.db, '--site', opts.siteDir, '--rate-limit', String(opts.rateLimit)],
    {stdio: ['ignore', 'pipe', 'inherit']},
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exited;
  };
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/[\d.]+:(\d+))/.exec(out);
      if (m) resolve({child, url: m[1], port: Number(m[2]), stop});
    });
    child.once('exit', (code) => reject(new CliError(`feedback-server exited with ${code} before listening: ${out}`)));
  });
}
