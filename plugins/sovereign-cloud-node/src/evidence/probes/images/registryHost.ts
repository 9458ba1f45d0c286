const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_ALIASES = new Set(['index.docker.io', 'registry-1.docker.io']);

/**
 * The registry host of an image reference, as container runtimes resolve it:
 * the first path component when it looks like a host (has a `.` or `:`, or
 * is `localhost`), else Docker Hub (`nginx`, `bitnami/redis`).
 */
export function registryHostOf(image: string): string | undefined {
  const reference = image.trim();
  if (!reference) return undefined;
  const slash = reference.indexOf('/');
  if (slash < 0) return DOCKER_HUB;
  const first = reference.slice(0, slash).toLowerCase();
  if (!first.includes('.') && !first.includes(':') && first !== 'localhost') {
    return DOCKER_HUB;
  }
  return DOCKER_HUB_ALIASES.has(first) ? DOCKER_HUB : first;
}
