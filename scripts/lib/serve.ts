import {spawn, type ChildProcess} from 'node:child_process';

export const SERVE_HOST = '127.0.0.1';

/** Serves build/ with Docusaurus' own static server on 127.0.0.1 and resolves once it answers. */
export async function serveBuild(port: number, siteDir = process.cwd()): Promise<{url: string; stop: () => void}> {
  const child: ChildProcess = spawn(
    'npx',
    ['docusaurus', 'serve', '--dir', 'build', '--host', SERVE_HOST, '--port', String(port), '--no-open'],
    {
      cwd: siteDir,
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    },
  );
  const url = `http://${SERVE_HOST}:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(`${url}/`);
      if (res.ok) return {url, stop};
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error(`docusaurus serve did not answer on ${url}`);
}
