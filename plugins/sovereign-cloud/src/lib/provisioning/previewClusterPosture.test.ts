import { clusterRequestFromForm } from './clusterRequestFromForm';
import { previewClusterPosture } from './previewClusterPosture';
import { hetznerForm } from '../../__testUtils__/provisioningForms';

describe('previewClusterPosture', () => {
  it('assesses a complete request', () => {
    const { preview } = previewClusterPosture(
      clusterRequestFromForm(hetznerForm()),
    );
    // Hetzner is EU-controlled with non-EU locations: SC-2.01 caps the level.
    expect(preview).toEqual({
      score: expect.any(Number),
      seal: 2,
      sealLabel: 'SEAL-2',
      provisional: true,
      binding: [
        {
          id: 'SC-2.01',
          title: 'Exposure of infrastructure providers to extraterritorial law',
        },
      ],
    });
    expect(preview!.score).toBeGreaterThan(0);
  });

  it('marks a preview below the minimum SEAL', () => {
    const { preview } = previewClusterPosture(
      clusterRequestFromForm(hetznerForm({ minimumSeal: 'SEAL-4' })),
    );
    expect(preview!.belowMinimum).toBe('SEAL-4');
  });

  it('names the fields of an incomplete request', () => {
    const form = hetznerForm();
    delete form.kubernetesVersion;
    (form.nodePools as any)[0].location = 'ash';
    const { problems } = previewClusterPosture(clusterRequestFromForm(form));
    expect(problems!.map(p => p.path)).toEqual(
      expect.arrayContaining(['kubernetesVersion', 'nodePools[0].location']),
    );
  });
});
