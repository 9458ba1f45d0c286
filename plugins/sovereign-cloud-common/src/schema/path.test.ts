import { formatPath } from './path';

describe('formatPath', () => {
  it('renders paths as people read them', () => {
    expect(formatPath([])).toBe('<root>');
    expect(formatPath(['spec', 'nodePools', 2, 'count'])).toBe(
      'spec.nodePools[2].count',
    );
    expect(formatPath(['metadata', 'labels', 'app.kubernetes.io/name'])).toBe(
      'metadata.labels["app.kubernetes.io/name"]',
    );
    expect(formatPath(['a b', 0])).toBe('["a b"][0]');
  });
});
