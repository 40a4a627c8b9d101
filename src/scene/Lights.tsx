/**
 * Soft, cheap lighting: a warm key from the upper left and a sky/ground fill. One directional
 * light keeps each frame as cheap as a plain page's; the hemisphere fill costs almost nothing.
 */
export function Lights() {
  return (
    <>
      <hemisphereLight args={['#fff6ee', '#6a5d58', 1.6]} />
      <directionalLight position={[-30, 35, 45]} intensity={1.9} color="#fff3e6" />
    </>
  );
}
