import http from 'node:http';
import net from 'node:net';

export type FaultServer = {
  url: string;
  /** Requests seen, with the Authorization header each carried. */
  requests: Array<{ path: string; authorization?: string }>;
  stop(): Promise<void>;
};

/**
 * A loopback HTTP server that misbehaves the way a broken Prometheus or the
 * proxy in front of it does: the handler decides per request (delay, 500,
 * bad JSON...).
 */
export async function startFaultServer(
  handler: (
    req: http.IncomingMessage,
    res: http.ServerResponse,
  ) => void | Promise<void>,
): Promise<FaultServer> {
  const requests: FaultServer['requests'] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    requests.push({
      path: new URL(req.url ?? '/', 'http://x').pathname,
      authorization: req.headers.authorization,
    });
    Promise.resolve(handler(req, res)).catch(() => res.destroy());
  });
  server.on('connection', socket => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise(resolve => {
        // Slow handlers hold sockets open; end them so close() returns.
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Prometheus's error envelope, as its API sends it with a 4xx/5xx status. */
export function prometheusError(
  res: http.ServerResponse,
  status: number,
  errorType: string,
  error: string,
): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ status: 'error', errorType, error }));
}

/** A success envelope around `data`. */
export function prometheusSuccess(
  res: http.ServerResponse,
  data: unknown,
): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ status: 'success', data }));
}
