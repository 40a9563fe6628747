import net from 'node:net';

/**
 * A way into the app from another network address. Linux routes all of 127.0.0.0/8 to the loopback device, so a
 * connection can be opened *from* 127.x.y.z: this forwarder listens on a port of its own and opens each connection
 * to the app from `address`. The app sees that address on its socket (or, behind the test balancer, in the entry
 * the balancer appends), exactly as it would a different machine; nothing is claimed in a header.
 */
export type Doorway = { address: string; baseURL: string; close: () => Promise<void> };

/** A random loopback address other than 127.0.0.1 (which every other spec shares). */
export function loopbackAddress(): string {
  const byte = () => Math.floor(Math.random() * 256);
  return `127.${1 + Math.floor(Math.random() * 254)}.${byte()}.${1 + Math.floor(Math.random() * 254)}`;
}

export async function fromAddress(appBaseURL: string, address = loopbackAddress()): Promise<Doorway> {
  const target = new URL(appBaseURL);
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect({ host: target.hostname, port: Number(target.port), localAddress: address });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    address,
    baseURL: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * Doorways for one spec file: `open()` gives a base URL that reaches the app from a fresh address; every doorway
 * opened during a test is closed after it. Call `doorways()` once at the top of a spec file.
 */
export function doorways(test: { afterEach: (fn: () => Promise<void>) => void }) {
  const open: Array<() => Promise<void>> = [];
  test.afterEach(async () => {
    await Promise.all(open.splice(0).map((close) => close()));
  });
  return async function from(appBaseURL: string | undefined, address = loopbackAddress()): Promise<string> {
    const door = await fromAddress(appBaseURL!, address);
    open.push(door.close);
    return door.baseURL;
  };
}
