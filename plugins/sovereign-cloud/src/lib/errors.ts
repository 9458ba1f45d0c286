import { ResponseError } from '@backstage/errors';

/** The backend's own message of a failed request, which panel titles leave out. */
export function backendMessage(error: Error): string | undefined {
  return error instanceof ResponseError
    ? error.body?.error?.message
    : undefined;
}

/** The HTTP status of a failed request, if it was one. */
export function statusOf(error: Error): number | undefined {
  return error instanceof ResponseError ? error.statusCode : undefined;
}
