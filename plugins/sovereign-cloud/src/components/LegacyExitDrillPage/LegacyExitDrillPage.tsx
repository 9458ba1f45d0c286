import { Header, Page } from '@backstage/core-components';
import { ExitDrillPage } from '../ExitDrillPage';

/** The exit drill with the page header the legacy frontend system expects. */
export function LegacyExitDrillPage() {
  return (
    <Page themeId="tool">
      <Header
        title="Exit drill"
        subtitle="Re-plan every workload without one provider"
      />
      <ExitDrillPage />
    </Page>
  );
}
