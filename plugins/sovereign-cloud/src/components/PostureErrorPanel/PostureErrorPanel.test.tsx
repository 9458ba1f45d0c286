import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ResponseError } from '@backstage/errors';
import { renderInTestApp } from '@backstage/test-utils';
import { PostureErrorPanel } from './PostureErrorPanel';

const responseError = (status: number, message: string) =>
  ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name: 'Error', message },
        response: { statusCode: status },
      }),
      { status, headers: { 'content-type': 'application/json' } },
    ),
  );

describe('PostureErrorPanel', () => {
  it('names the missing permission on 403', async () => {
    const retry = jest.fn();
    await renderInTestApp(
      <PostureErrorPanel
        error={await responseError(403, 'not allowed')}
        onRetry={retry}
      />,
    );
    expect(
      screen.getByText(/lack the sovereign-cloud.posture.read permission/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(retry).toHaveBeenCalled();
  });

  it('explains on 404 how to give the entity clusters, and retries', async () => {
    const retry = jest.fn();
    await renderInTestApp(
      <PostureErrorPanel
        error={await responseError(
          404,
          'component:default/docs runs on no SovereignCluster you can see',
        )}
        onRetry={retry}
      />,
    );
    expect(screen.getByText('Nothing to assess')).toBeInTheDocument();
    expect(
      screen.getByText(
        'component:default/docs runs on no SovereignCluster you can see.',
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(retry).toHaveBeenCalled();
  });

  it('shows errors that are not HTTP responses', async () => {
    await renderInTestApp(
      <PostureErrorPanel
        error={new TypeError('Failed to fetch')}
        onRetry={jest.fn()}
      />,
    );
    expect(screen.getAllByText(/Failed to fetch/).length).toBeGreaterThan(0);
    expect(screen.getByText(/did not answer/)).toBeInTheDocument();
  });
});
