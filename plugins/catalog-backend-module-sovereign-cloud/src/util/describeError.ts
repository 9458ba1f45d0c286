/**
 * `Name: message` of an error, for logs. Deliberately not the error object:
 * HTTP client errors can carry request options, and with them credentials.
 */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
