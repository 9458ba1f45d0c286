import { Page, test as base } from '@playwright/test';

/**
 * A page that records what a person would notice as broken: uncaught exceptions in the page,
 * and requests to the backend that fail or answer with a server error.
 */
export const test = base.extend<{ portalProblems: string[] }>({
  portalProblems: async ({ page, baseURL }, provide) => {
    const problems: string[] = [];
    watchPortal(page, new URL(baseURL!).origin, problems);
    await provide(problems);
    if (problems.length > 0) {
      throw new Error(`The portal had problems:\n${problems.join('\n')}`);
    }
  },
});

function watchPortal(page: Page, origin: string, problems: string[]) {
  const isBackend = (url: string) =>
    url.includes('/api/') || url.startsWith('http://localhost:7007');
  page.on('pageerror', error => problems.push(`page error: ${error.message}`));
  // The scaffolder closes a task's event stream itself once the task is done; Chromium reports
  // that as an aborted request, which nobody would notice as broken.
  const isClosedEventStream = (url: string, errorText?: string) =>
    url.endsWith('/eventstream') && errorText === 'net::ERR_ABORTED';
  page.on('requestfailed', request => {
    if (
      isBackend(request.url()) &&
      !isClosedEventStream(request.url(), request.failure()?.errorText)
    ) {
      problems.push(
        `request failed: ${request.method()} ${request.url()} (${
          request.failure()?.errorText
        })`,
      );
    }
  });
  page.on('response', response => {
    if (isBackend(response.url()) && response.status() >= 500) {
      problems.push(`server error: ${response.status()} ${response.url()}`);
    }
  });
  page.on('console', message => {
    // The app logs failed backend calls to the console even when it renders an error box.
    if (
      message.type() === 'error' &&
      /Failed to fetch|ECONNREFUSED|NetworkError/.test(message.text())
    ) {
      problems.push(`console error: ${message.text()} (page origin ${origin})`);
    }
  });
}

export { expect } from '@playwright/test';
