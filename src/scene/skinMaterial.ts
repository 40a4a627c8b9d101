import { MeshStandardMaterial } from 'three';

/**
 * The skin: vertex-coloured physical material that also honours a per-vertex `occlusion`
 * attribute, so the mouth cavity and the lid folds stay dark instead of catching the rim
 * light at grazing angles.
 */
export function createSkinMaterial({ roughness = 0.62 } = {}): MeshStandardMaterial {
  const material = new MeshStandardMaterial({ vertexColors: true, roughness, metalness: 0 });
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nattribute float occlusion;\nvarying float vOcclusion;')
      .replace('#include <begin_vertex>', '#include <begin_vertex>\nvOcclusion = occlusion;');
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nvarying float vOcclusion;')
      .replace('#include <opaque_fragment>', 'outgoingLight *= vOcclusion * vOcclusion;\n#include <opaque_fragment>');
  };
  material.customProgramCacheKey = () => 'skin-occlusion';
  return material;
}
