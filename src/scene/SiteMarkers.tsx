import { useMemo } from 'react';
import type { AtlasIndex } from '../atlas/indexes';
import { landmarkPosition, type HeadGeometry } from '../geometry/headGeometry';
import { useAtlas } from '../state/store';

interface Marker {
  key: string;
  position: [number, number, number];
  caution: boolean;
}

/**
 * The sourced injection sites as small markers, on both sides or only the affected one. A site
 * that a source places inside an avoid-zone is drawn in the warning colour.
 */
export function SiteMarkers({ head, index }: { head: HeadGeometry; index: AtlasIndex }) {
  const show = useAtlas((s) => s.showSites);
  const side = useAtlas((s) => s.affectedSide);
  const markers = useMemo(() => {
    const { landmarks } = index.atlas;
    const byLandmark = new Map<string, Marker>();
    for (const protocol of index.atlas.protocols) {
      for (const site of protocol.sites) {
        const left = landmarks.resolve(site.landmark)!;
        for (const [sideName, id] of [
          ['left', left],
          ['right', landmarks.mirror(left)],
        ] as const) {
          const key = `${sideName}-${id}`;
          const previous = byLandmark.get(key);
          byLandmark.set(key, {
            key,
            position: landmarkPosition(head, id),
            caution: Boolean(site.caution) || Boolean(previous?.caution),
          });
        }
      }
    }
    return [...byLandmark.values()];
  }, [head, index]);
  if (!show) return null;
  const shown = side ? markers.filter((m) => m.key.startsWith(side)) : markers;
  return (
    <group name="injection-sites">
      {shown.map((marker) => (
        <mesh key={marker.key} position={marker.position} raycast={() => null}>
          <sphereGeometry args={[0.16, 16, 12]} />
          <meshLambertMaterial color={marker.caution ? '#d55e00' : '#ffffff'} emissive={marker.caution ? '#7a2a00' : '#333333'} />
        </mesh>
      ))}
    </group>
  );
}
