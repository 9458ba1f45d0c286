import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { ScrapeHealth } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { formatTime } from '../../lib/format';

/** Scrape targets up and down, and why the down ones failed. */
export function ScrapeHealthSummary(props: { health: ScrapeHealth }) {
  const { health } = props;
  const notUp = health.targets.filter(t => t.health !== 'up');
  return (
    <Box>
      <Typography variant="body2" aria-label="Scrape targets">
        {health.up} up, {health.down} down
        {health.unknown > 0 ? `, ${health.unknown} unknown` : ''} of{' '}
        {health.up + health.down + health.unknown} scrape targets.
      </Typography>
      {notUp.length > 0 && (
        <Box component="ul" aria-label="Targets not up" sx={{ my: 0.5 }}>
          {notUp.map(t => (
            <Typography
              component="li"
              variant="body2"
              key={`${t.job}/${t.instance}`}
            >
              {t.job} {t.instance}: {t.health}
              {t.lastError ? ` (${t.lastError})` : ''}
              {t.lastScrape ? `, last scrape ${formatTime(t.lastScrape)}` : ''}
            </Typography>
          ))}
        </Box>
      )}
    </Box>
  );
}
