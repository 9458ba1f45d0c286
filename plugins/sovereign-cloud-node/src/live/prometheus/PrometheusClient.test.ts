import {
  FaultServer,
  prometheusError,
  prometheusSuccess,
  startFaultServer,
} from '../../testing/prometheus/startFaultServer';
import { freeLoopbackPort } from '../../testing/prometheus/PrometheusTestServer';
import { PrometheusClient } from './PrometheusClient';
import {
  PrometheusAbortedError,
  PrometheusHttpError,
  PrometheusResponseError,
  PrometheusTimeoutError,
  PrometheusUnreachableError,
} from './PrometheusErrors';

const TOKEN = 'canary-token-6f1d2c9e4b7a';

describe('PrometheusClient', () => {
  let server: FaultServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('parses a vector and sends the bearer token', async () => {
    server = await startFaultServer((_req, res) =>
      prometheusSuccess(res, {
        resultType: 'vector',
        result: [{ metric: { instance: 'a' }, value: [1700000000.5, '0.25'] }],
      }),
    );
    const client = PrometheusClient.create({
      url: server.url,
      credentials: { type: 'bearer', token: TOKEN },
    });
    await expect(client.query('up')).resolves.toEqual([
      { metric: { instance: 'a' }, value: { at: 1700000000500, value: 0.25 } },
    ]);
    expect(server.requests[0]).toEqual({
      path: '/api/v1/query',
      authorization: `Bearer ${TOKEN}`,
    });
  });

  it('moves user info in the URL to basic auth and out of the shown URL', async () => {
    server = await startFaultServer((_req, res) =>
      prometheusSuccess(res, { alerts: [] }),
    );
    const withUser = server.url.replace(
      'http://',
      'http://viewer:s3cret-pass@',
    );
    const client = PrometheusClient.create({ url: `${withUser}/prom?x=1` });
    expect(client.displayUrl).toBe(`${server.url}/prom`);
    await client.alerts();
    expect(server.requests[0]).toEqual({
      path: '/prom/api/v1/alerts',
      authorization: `Basic ${Buffer.from('viewer:s3cret-pass').toString(
        'base64',
      )}`,
    });
  });

  it('rejects a URL that is not http(s), naming the field', () => {
    expect(() => PrometheusClient.create({ url: 'ftp://host' })).toThrow(
      'prometheus.url: must be http or https',
    );
    expect(() => PrometheusClient.create({ url: 'not a url' })).toThrow(
      'prometheus.url: not a valid URL',
    );
  });

  it('says when nothing listens', async () => {
    const port = await freeLoopbackPort();
    const client = PrometheusClient.create({ url: `http://127.0.0.1:${port}` });
    const error = await client.targets().catch(e => e);
    expect(error).toBeInstanceOf(PrometheusUnreachableError);
    expect(error.message).toBe(
      '/api/v1/targets: Prometheus unreachable (ECONNREFUSED)',
    );
  });

  it('times out on a server slower than the timeout', async () => {
    server = await startFaultServer(async (_req, res) => {
      await new Promise(r => setTimeout(r, 2000));
      prometheusSuccess(res, { alerts: [] });
    });
    const client = PrometheusClient.create(
      { url: server.url },
      { timeoutMs: 200 },
    );
    const started = Date.now();
    const error = await client.alerts().catch(e => e);
    expect(error).toBeInstanceOf(PrometheusTimeoutError);
    expect(error.message).toBe('/api/v1/alerts: timed out after 200 ms');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('times out when the body stalls after the headers', async () => {
    server = await startFaultServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"status":"success",');
    });
    const client = PrometheusClient.create(
      { url: server.url },
      { timeoutMs: 200 },
    );
    await expect(client.alerts()).rejects.toBeInstanceOf(
      PrometheusTimeoutError,
    );
  });

  it('tells the caller aborting from a timeout', async () => {
    server = await startFaultServer(() => undefined);
    const client = PrometheusClient.create({ url: server.url });
    const controller = new AbortController();
    const pending = client.alerts({ signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(PrometheusAbortedError);
  });

  it("carries Prometheus's own error text", async () => {
    server = await startFaultServer((_req, res) =>
      prometheusError(
        res,
        422,
        'execution',
        'query processing would load too many samples',
      ),
    );
    const error = await PrometheusClient.create({ url: server.url })
      .query('up')
      .catch(e => e);
    expect(error).toBeInstanceOf(PrometheusHttpError);
    expect(error).toMatchObject({ statusCode: 422, errorType: 'execution' });
    expect(error.message).toBe(
      '/api/v1/query: Prometheus answered 422: execution: query processing would load too many samples',
    );
  });

  it('reports a non-JSON 502 from a proxy with its text', async () => {
    server = await startFaultServer((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html>Bad Gateway</html>');
    });
    await expect(
      PrometheusClient.create({ url: server.url }).query('up'),
    ).rejects.toThrow(
      '/api/v1/query: Prometheus answered 502: <html>Bad Gateway</html>',
    );
  });

  it('rejects a 200 that is not JSON, or not the documented shape', async () => {
    server = await startFaultServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        req.url?.startsWith('/api/v1/query')
          ? '{"status":"success","data":'
          : JSON.stringify({
              status: 'success',
              data: { activeTargets: [{}] },
            }),
      );
    });
    const client = PrometheusClient.create({ url: server.url });
    const bad = await client.query('up').catch(e => e);
    expect(bad).toBeInstanceOf(PrometheusResponseError);
    expect(bad.message).toBe(
      '/api/v1/query: unexpected response: body is not JSON',
    );
    await expect(client.targets()).rejects.toThrow(
      /\/api\/v1\/targets: unexpected response: activeTargets\.0\.labels: /,
    );
  });

  it('never lets a credential into an error, even when the server echoes it', async () => {
    server = await startFaultServer((req, res) =>
      prometheusError(
        res,
        500,
        'internal',
        `rejected header ${req.headers.authorization}`,
      ),
    );
    for (const credentials of [
      { type: 'bearer' as const, token: TOKEN },
      { type: 'basic' as const, username: 'viewer', password: TOKEN },
    ]) {
      const error = await PrometheusClient.create({
        url: server.url,
        credentials,
      })
        .query('up')
        .catch(e => e);
      const seen = `${error.message} ${JSON.stringify(error)} ${String(
        error.stack,
      )}`;
      expect(error).toBeInstanceOf(PrometheusHttpError);
      expect(seen).toContain('[REDACTED]');
      expect(seen).not.toContain(TOKEN);
      expect(seen).not.toContain(
        Buffer.from(`viewer:${TOKEN}`).toString('base64'),
      );
    }
  });
});
