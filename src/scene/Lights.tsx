/** Soft studio lighting: a warm key from the upper left, a cool fill, a rim from behind. */
export function Lights() {
  return (
    <>
      <hemisphereLight args={['#fff6ee', '#5e5350', 1.1]} />
      <directionalLight position={[-30, 35, 45]} intensity={1.7} color="#fff3e6" />
      <directionalLight position={[40, 5, 25]} intensity={0.55} color="#e6eeff" />
      <directionalLight position={[0, 25, -50]} intensity={0.8} color="#ffffff" />
    </>
  );
}
