import net from 'node:net';

/**
 * Ports on 127.0.0.1 that nothing listens on now, for servers that cannot report the port they were given
 * (nginx, `docusaurus serve`). All are held open until each is known, so they differ. Another process could take
 * one before its server binds; that server then fails to start, loudly, which beats fixed ports that two runs or
 * two test workers are sure to share.
 */
export async function freePorts(count: number, host = '127.0.0.1'): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      {length: count},
      () =>
        new Promise<net.Server>((resolve, reject) => {
          const server = net.createServer();
          server.once('error', reject);
          server.listen(0, host, () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

export const freePort = async (host = '127.0.0.1') => (await freePorts(1, host))[0];
