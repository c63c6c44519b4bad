// npm run serve:prod [-- --port N] [--dir build] [--db FILE]: the built site behind nginx, as deployed, with the
// feedback collector behind /api/, on 127.0.0.1, in the foreground until Ctrl+C or SIGTERM stops both.
// The config is deploy/nginx/aibox-docs.conf.template.
import {CliError, runCli} from './lib/cli';
import {startNginx} from './lib/nginx';
import {DEFAULT_DB, DEFAULT_RATE_LIMIT, intArg, startCollector} from './lib/collector';

const USAGE = `usage: npm run serve:prod [-- --port N] [--dir BUILD_DIR] [--db FILE] [--rate-limit PER_MINUTE]

Serves the build behind nginx as deployed, with the feedback collector behind /api/.
  --port N                 nginx port on 127.0.0.1 (default 3000)
  --dir BUILD_DIR          the built site (default build)
  --db FILE                the collector's database (default $AIBOX_DOCS_FEEDBACK_DB, else ${DEFAULT_DB})
  --rate-limit PER_MINUTE  the collector's posts a minute per client (default ${DEFAULT_RATE_LIMIT}; 0 = off)`;

void runCli(
  {
    name: 'serve:prod',
    usage: USAGE,
    options: {port: {type: 'string'}, dir: {type: 'string'}, db: {type: 'string'}, 'rate-limit': {type: 'string'}},
  },
  async ({values}) => {
    const port = intArg('port', values.port, 3000, 1, 65535);
    const dir = values.dir ?? 'build';
    // The collector takes a free port first, so nginx is configured with the address it really has.
    const collector = await startCollector({
      siteDir: dir,
      db: values.db ?? process.env.AIBOX_DOCS_FEEDBACK_DB ?? DEFAULT_DB,
      port: 0,
      rateLimit: intArg('rate-limit', values['rate-limit'], DEFAULT_RATE_LIMIT, 0, 1_000_000),
    });
    let server;
    try {
      server = await startNginx({buildDir: dir, port, collector: `127.0.0.1:${collector.port}`});
    } catch (err) {
      await collector.close();
      throw new CliError((err as Error).message);
    }
    console.log(
      `serve:prod: ${dir}/ at ${server.url}/ (nginx), feedback to ${collector.db} (collector on ${collector.url}); Ctrl+C to stop`,
    );
    return await new Promise<number>((resolve) => {
      let stopping = false;
      const stop = async (code: number) => {
        if (stopping) return;
        stopping = true;
        await Promise.allSettled([server.stop(), collector.close()]);
        resolve(code);
      };
      process.once('SIGINT', () => void stop(0));
      process.once('SIGTERM', () => void stop(0));
      server.child.on('exit', (code) => {
        if (!stopping) {
          console.error(`serve:prod: nginx stopped unexpectedly (status ${code})`);
          void stop(1);
        }
      });
    });
  },
);
