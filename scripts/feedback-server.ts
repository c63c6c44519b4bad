// npm run feedback-server [-- --port N --db FILE --rate-limit PER_MINUTE --site DIR --origin URL]
// The feedback collector: page answers, survey responses and support ticket events into SQLite, /metrics for
// Prometheus. It runs beside nginx, which proxies /api/ to it (docs/contributing/page-feedback.md).
import {runCli} from './lib/cli';
import {DEFAULT_COLLECTOR_PORT, DEFAULT_DB, DEFAULT_RATE_LIMIT, intArg, startCollector} from './lib/collector';

const USAGE = `usage: npm run feedback-server [-- --port N --db FILE --rate-limit PER_MINUTE --site DIR --origin URL]

Collects "Was this page helpful?" answers, survey responses and support ticket events, and serves /metrics.
  --port N                 port on 127.0.0.1 (default ${DEFAULT_COLLECTOR_PORT}; 0 picks a free one)
  --host ADDRESS           address to listen on (default 127.0.0.1)
  --db FILE                SQLite database (default ${DEFAULT_DB}; created if missing)
  --rate-limit PER_MINUTE  posts a minute per client (default ${DEFAULT_RATE_LIMIT}; 0 turns the limit off)
  --site DIR               the built site whose pages and surveys are accepted (default build)
  --origin URL             another origin allowed to post (repeatable; the site's own is always allowed)
Environment:
  AIBOX_SUPPORT_TOKEN      shared secret of POST /api/support (at least 32 characters); unset, that route is off`;

void runCli(
  {
    name: 'feedback-server',
    usage: USAGE,
    options: {
      port: {type: 'string'},
      host: {type: 'string'},
      db: {type: 'string'},
      'rate-limit': {type: 'string'},
      site: {type: 'string'},
      origin: {type: 'string', multiple: true},
    },
  },
  async ({values}) => {
    const collector = await startCollector({
      siteDir: values.site ?? 'build',
      db: values.db ?? DEFAULT_DB,
      port: intArg('port', values.port, DEFAULT_COLLECTOR_PORT, 0, 65535),
      host: values.host,
      rateLimit: intArg('rate-limit', values['rate-limit'], DEFAULT_RATE_LIMIT, 0, 1_000_000),
      origins: values.origin,
    });
    console.log(`feedback-server: listening on ${collector.url} (database ${collector.db}); Ctrl+C to stop`);
    await new Promise<void>((resolve) => {
      const stop = () => void collector.close().then(resolve);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
);
