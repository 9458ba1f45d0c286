import { KubernetesNotFoundError } from '../../kubernetes/errors/KubernetesApiError';

/**
 * The result of a read, or undefined when the object or its kind does not
 * exist (404, or a CRD that is not installed). Every other failure throws.
 */
export async function readOptional<T>(
  read: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof KubernetesNotFoundError) return undefined;
    throw error;
  }
}
