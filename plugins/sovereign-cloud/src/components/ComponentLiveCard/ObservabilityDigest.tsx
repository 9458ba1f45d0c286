import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  FiringAlert,
  ObservabilityReport,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { formatBytes } from '../../lib/bytes';

const SEVERITY_RANK: Record<string, number> = {
  critical: 0,
  error: 1,
  warning: 2,
  info: 3,
};

/** The most severe alerts first; unknown severities and `none` last. */
export function topAlerts(alerts: FiringAlert[], count = 3): FiringAlert[] {
  const rank = (a: FiringAlert) =>
    SEVERITY_RANK[a.severity?.toLocaleLowerCase('en-US') ?? ''] ?? 4;
  return alerts
    .map((alert, index) => ({ alert, index }))
    .sort((a, b) => rank(a.alert) - rank(b.alert) || a.index - b.index)
    .slice(0, count)
    .map(a => a.alert);
}

/** A cluster's health in a few lines: scrape targets, firing alerts, storage growth. */
export function ObservabilityDigest(props: { report: ObservabilityReport }) {
  const { scrapeHealth, alerts, storageHistory } = props.report;
  const top = alerts ? topAlerts(alerts) : [];
  const growth = storageHistory?.growthBytesPerDay;
  return (
    <Stack spacing={0.5}>
      <Typography variant="body2" aria-label="Scrape targets">
        Targets:{' '}
        {scrapeHealth
          ? `${scrapeHealth.up} up, ${scrapeHealth.down} down${
              scrapeHealth.unknown ? `, ${scrapeHealth.unknown} unknown` : ''
            }`
          : 'not read'}
      </Typography>
      <Typography variant="body2" aria-label="Firing alerts">
        Alerts:{' '}
        {alerts
          ? `${alerts.length} firing${
              top.length
                ? `: ${top.map(a => a.name).join(', ')}${
                    alerts.length > top.length
                      ? ` and ${alerts.length - top.length} more`
                      : ''
                  }`
                : ''
            }`
          : 'not read'}
      </Typography>
      <Typography variant="body2" aria-label="Storage growth">
        Storage growth:{' '}
        {growth === undefined
          ? 'not enough history'
          : `${growth >= 0 ? '+' : ''}${formatBytes(growth)} per day`}
      </Typography>
    </Stack>
  );
}
