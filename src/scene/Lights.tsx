import { FILL, KEY } from '../geometry/lighting';

/**
 * Soft, cheap lighting: a warm key from the upper left and a sky/ground fill. One directional
 * light keeps each frame as cheap as a plain page's; the hemisphere fill costs almost nothing.
 */
export function Lights() {
  return (
    <>
      <hemisphereLight args={[FILL.sky, FILL.ground, FILL.intensity]} />
      <directionalLight position={[...KEY.position]} intensity={KEY.intensity} color={KEY.color} />
    </>
  );
}
