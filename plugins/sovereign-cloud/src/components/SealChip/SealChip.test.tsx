import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { SealChip } from './SealChip';

describe('SealChip', () => {
  it('labels the level, or shows a dash for no cap', async () => {
    await renderInTestApp(
      <>
        <SealChip seal={0} />
        <SealChip seal={4} />
        <SealChip seal={null} />
      </>,
    );
    const chip = (text: string) =>
      screen.getByText(text).closest('[class*="MuiChip-root"]')!.className;
    expect(chip('SEAL-0')).toMatch(/MuiChip-colorError/);
    expect(chip('SEAL-4')).toMatch(/MuiChip-colorSuccess/);
    expect(chip('—')).toMatch(/MuiChip-colorDefault/);
  });
});
