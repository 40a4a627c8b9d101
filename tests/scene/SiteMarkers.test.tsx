import ReactThreeTestRenderer from '@react-three/test-renderer';
import { beforeEach, describe, expect, it } from 'vitest';
import { indexAtlas } from '../../src/atlas/indexes';
import { loadAtlas } from '../../src/atlas/loadAtlas';
import { loadCommittedHead } from '../headFixture';
import { SiteMarkers } from '../../src/scene/SiteMarkers';
import { useAtlas } from '../../src/state/store';
import { rawAtlas } from '../atlasFixture';

const head = await loadCommittedHead();
const index = indexAtlas(loadAtlas(rawAtlas()));
// Distinct site landmarks across the protocols, on one side.
const landmarks = new Set(index.atlas.protocols.flatMap((p) => p.sites.map((s) => s.landmark)));

describe('<SiteMarkers>', () => {
  beforeEach(() => useAtlas.setState({ showSites: true, affectedSide: null }));

  it('draws nothing while the sites layer is off', async () => {
    useAtlas.setState({ showSites: false });
    const renderer = await ReactThreeTestRenderer.create(<SiteMarkers head={head} index={index} />);
    expect(renderer.scene.findAll((n) => n.type === 'Mesh')).toHaveLength(0);
    await renderer.unmount();
  });

  it('marks every sourced site on both sides, and only the affected side when one is set', async () => {
    const renderer = await ReactThreeTestRenderer.create(<SiteMarkers head={head} index={index} />);
    expect(renderer.scene.findAll((n) => n.type === 'Mesh')).toHaveLength(landmarks.size * 2);
    await ReactThreeTestRenderer.act(async () => useAtlas.setState({ affectedSide: 'left' }));
    const meshes = renderer.scene.findAll((n) => n.type === 'Mesh');
    expect(meshes).toHaveLength(landmarks.size);
    // Subject's left is +x.
    for (const mesh of meshes) expect(mesh.instance.position.x).toBeGreaterThan(0);
    await renderer.unmount();
  });
});
