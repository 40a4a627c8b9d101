import ReactThreeTestRenderer from '@react-three/test-renderer';
import { describe, expect, it, vi } from 'vitest';
import type { Mesh, MeshLambertMaterial } from 'three';
import { HeadMesh } from '../../src/scene/HeadMesh';
import { loadCommittedHead } from '../headFixture';

const head = await loadCommittedHead();

describe('<HeadMesh>', () => {
  it('mounts the skin, eyes and ears from the committed model', async () => {
    const renderer = await ReactThreeTestRenderer.create(<HeadMesh head={head} />);
    const names = renderer.scene.findAll((node) => node.type === 'Mesh').map((node) => node.props.name);
    expect(names.sort()).toEqual(['ears', 'eyes', 'skin']);
    await renderer.unmount();
  });

  it('colours the skin from the vertex colours, lit (not flat white)', async () => {
    const renderer = await ReactThreeTestRenderer.create(<HeadMesh head={head} />);
    const skin = renderer.scene.find((node) => node.props.name === 'skin').instance as Mesh;
    const material = skin.material as MeshLambertMaterial;
    // Lit by the scene's lights (a basic material would be flat).
    expect(material.isMeshLambertMaterial).toBe(true);
    expect(material.vertexColors).toBe(true);
    expect(skin.geometry.getAttribute('position').count).toBe(head.skin.getAttribute('position').count);
    await renderer.unmount();
  });

  it('reports when the head is on the scene', async () => {
    const onReady = vi.fn();
    const renderer = await ReactThreeTestRenderer.create(<HeadMesh head={head} onReady={onReady} />);
    expect(onReady).toHaveBeenCalled();
    await renderer.unmount();
  });
});
