import { FiringAlert } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { topAlerts } from './ObservabilityDigest';

const alert = (name: string, severity?: string): FiringAlert => ({
  name,
  severity,
  labels: { alertname: name },
});

describe('topAlerts', () => {
  it('keeps the three most severe alerts, in firing order within a severity', () => {
    const alerts = [
      alert('Watchdog', 'none'),
      alert('DiskFilling', 'warning'),
      alert('NodeNotReady', 'critical'),
      alert('Unlabelled'),
      alert('CephDegraded', 'Warning'),
    ];
    expect(topAlerts(alerts).map(a => a.name)).toEqual([
      'NodeNotReady',
      'DiskFilling',
      'CephDegraded',
    ]);
  });
});
