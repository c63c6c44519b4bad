// npm run serve:prod [-- --port N] [--dir build]: the built site behind nginx, as deployed, on 127.0.0.1,
// in the foreground until Ctrl+C or SIGTERM. The config is deploy/nginx/aibox-docs.conf.template.
import {startNginx} from './lib/nginx';

const USAGE = 'usage: npm run serve:prod [-- --port N] [--dir BUILD_DIR]';

function parseArgs(argv: string[]): {port: number; dir: string} {
  const out = {port: 3000, dir: 'build'};
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (flag === '--port' && value && /^\d+$/.test(value) && Number(value) > 0 && Number(value) < 65536) {
      out.port = Number(value);
      i++;
    } else if (flag === '--dir' && value) {
      out.dir = value;
      i++;
    } else {
      console.error(
        `serve:prod: unexpected argument ${flag}${flag === '--port' ? ` ${value ?? ''} (expected a port 1 to 65535)` : ''}; ${USAGE}`,
      );
      process.exit(2);
    }
  }
  return out;
}

async function main() {
  const {port, dir} = parseArgs(process.argv.slice(2));
  const server = await startNginx({buildDir: dir, port});
  console.log(`serve:prod: ${dir}/ at ${server.url}/ (nginx); Ctrl+C to stop`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.child.on('exit', (code) => {
    if (!stopping) {
      console.error(`serve:prod: nginx stopped unexpectedly (status ${code})`);
      process.exit(1);
    }
  });
}

main().catch((err) => {
  console.error(`serve:prod: ${(err as Error).message}`);
  process.exit(1);
});
