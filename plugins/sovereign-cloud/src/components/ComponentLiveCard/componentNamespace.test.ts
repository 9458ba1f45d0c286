import { componentNamespace } from './componentNamespace';

const component = (annotations?: Record<string, string>) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments-api', annotations },
});

describe('componentNamespace', () => {
  it('reads the Kubernetes namespace annotation', () => {
    expect(
      componentNamespace(
        component({ 'backstage.io/kubernetes-namespace': ' shop ' }),
      ),
    ).toEqual({ namespace: 'shop', from: 'annotation' });
  });

  it('falls back to the component name when the annotation is absent or blank', () => {
    expect(componentNamespace(component())).toEqual({
      namespace: 'payments-api',
      from: 'name',
    });
    expect(
      componentNamespace(
        component({ 'backstage.io/kubernetes-namespace': '  ' }),
      ),
    ).toEqual({ namespace: 'payments-api', from: 'name' });
  });
});
