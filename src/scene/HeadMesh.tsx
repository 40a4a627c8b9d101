import { useEffect, useMemo } from 'react';
import { createSkinMaterial } from './skinMaterial';
import type { HeadGeometry } from '../geometry/headGeometry';

export interface HeadMeshProps {
  head: HeadGeometry;
  onReady?: () => void;
}

/** The skin, eyes and ears, softly lit, coloured by the model's vertex colours. */
export function HeadMesh({ head, onReady }: HeadMeshProps) {
  useEffect(() => onReady?.(), [head, onReady]);
  const skinMaterial = useMemo(() => createSkinMaterial(), []);
  useEffect(() => () => skinMaterial.dispose(), [skinMaterial]);
  return (
    <group name="head">
      <mesh name="skin" geometry={head.skin} material={skinMaterial} />
      <mesh name="eyes" geometry={head.eyes}>
        <meshStandardMaterial vertexColors roughness={0.18} metalness={0} />
      </mesh>
      <mesh name="ears" geometry={head.ears}>
        <meshStandardMaterial vertexColors roughness={0.62} metalness={0} />
      </mesh>
    </group>
  );
}
