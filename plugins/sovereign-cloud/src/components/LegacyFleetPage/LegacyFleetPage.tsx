import { Header, Page } from '@backstage/core-components';
import { SovereignFleetPage } from '../SovereignFleetPage';

/** The fleet page with the page header the legacy frontend system expects. */
export function LegacyFleetPage() {
  return (
    <Page themeId="tool">
      <Header
        title="Sovereign fleet"
        subtitle="Sovereignty posture of every SovereignCluster"
      />
      <SovereignFleetPage />
    </Page>
  );
}
