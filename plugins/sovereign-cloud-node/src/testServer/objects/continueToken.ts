import { statusErrors } from '../http/status';

/** Where a paginated list resumes: after `start`, at the list's resource version. */
export interface ListPosition {
  resourceVersion: number;
  start: string;
}

export function encodeContinue(position: ListPosition): string {
  return Buffer.from(
    JSON.stringify({
      v: 'meta.k8s.io/v1',
      rv: position.resourceVersion,
      start: position.start,
    }),
  ).toString('base64url');
}

export function decodeContinue(token: string): ListPosition {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (
      parsed.v === 'meta.k8s.io/v1' &&
      typeof parsed.rv === 'number' &&
      typeof parsed.start === 'string'
    ) {
      return { resourceVersion: parsed.rv, start: parsed.start };
    }
  } catch {
    // fall through to the API server's answer for a malformed token
  }
  throw statusErrors.badRequest(
    'continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)',
  );
}
