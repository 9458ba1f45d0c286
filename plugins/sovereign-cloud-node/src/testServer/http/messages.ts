import { IncomingMessage, ServerResponse } from 'node:http';
import YAML from 'yaml';
import { StatusError, statusErrors } from './status';

const maxBodyBytes = 3 * 1024 * 1024;

/** Reads a request body up to the API server's 3 MiB limit (413 beyond). */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) {
        chunks.push(chunk);
      }
    });
    req.on('end', () => {
      if (size > maxBodyBytes) {
        reject(
          new StatusError({
            kind: 'Status',
            apiVersion: 'v1',
            metadata: {},
            status: 'Failure',
            message: 'Request entity too large: limit is 3145728',
            reason: 'RequestEntityTooLarge',
            code: 413,
          }),
        );
      } else {
        resolve(Buffer.concat(chunks).toString('utf8'));
      }
    });
    req.on('error', reject);
  });
}

export function sendJson(
  res: ServerResponse,
  code: number,
  body: unknown,
): void {
  const text = JSON.stringify(body);
  res.writeHead(code, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

export function sendText(
  res: ServerResponse,
  code: number,
  text: string,
): void {
  res.writeHead(code, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** JSON, or YAML for apply patches (JSON is YAML too). */
export function parseBody(text: string, contentType: string): unknown {
  if (!text.trim()) {
    return undefined;
  }
  try {
    return contentType === 'application/apply-patch+yaml'
      ? YAML.parse(text)
      : JSON.parse(text);
  } catch (error) {
    throw statusErrors.badRequest(
      contentType === 'application/apply-patch+yaml'
        ? `error decoding YAML: ${(error as Error).message}`
        : `couldn't get version/kind; json parse error: ${
            (error as Error).message
          }`,
    );
  }
}
