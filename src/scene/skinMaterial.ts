import { MeshLambertMaterial, ShaderMaterial } from 'three';
import { REGION_FRAGMENT_HEAD, REGION_VERTEX_BODY, REGION_VERTEX_HEAD, type RegionUniforms } from './regionShader';

/**
 * The skin: vertex-coloured matte (Lambert) material that honours a per-vertex `occlusion` (so
 * the mouth and lid folds stay dark) and, given region uniforms, draws the region overlay:
 * tint, hatching for avoid-zones, rims, and the dimmed unaffected side.
 *
 * Lambert, not the physical material: the skin was already matte (roughness 0.62, no metal),
 * so the two look alike here, and on a software renderer Lambert shades each pixel about 30%
 * cheaper (measured while orbiting), which pays for the overlay's texture fetch.
 */
export function createSkinMaterial({ regions }: { regions?: RegionUniforms } = {}): MeshLambertMaterial {
  const material = new MeshLambertMaterial({ vertexColors: true });
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>\nattribute float occlusion;\nvarying float vOcclusion;\n${regions ? REGION_VERTEX_HEAD : ''}`,
      )
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>\nvOcclusion = occlusion;\n${regions ? REGION_VERTEX_BODY : ''}`,
      );
    let fragment = shader.fragmentShader
      .replace('#include <common>', `#include <common>\nvarying float vOcclusion;\n${regions ? REGION_FRAGMENT_HEAD : ''}`)
      .replace('#include <opaque_fragment>', 'outgoingLight *= vOcclusion * vOcclusion;\n#include <opaque_fragment>');
    if (regions) {
      Object.assign(shader.uniforms, regions);
      fragment = fragment.replace(
        '#include <color_fragment>',
        [
          '#include <color_fragment>',
          'vec4 region = regionOverlay(uOverlay);',
          'diffuseColor.rgb = diffuseColor.rgb * (1.0 - region.a) + region.rgb;',
          'diffuseColor.rgb *= 1.0 - 0.22 * smoothstep(0.0, 1.2, -uDimSide * vObjectX);',
        ].join('\n'),
      );
    }
    shader.fragmentShader = fragment;
  };
  material.customProgramCacheKey = () => (regions ? 'skin-regions' : 'skin-occlusion');
  return material;
}

/**
 * The deep layer: the skin surface pushed a few millimetres inward, drawing only the deep
 * regions (levator, inferior oblique, buccinator...). It shows through when the skin fades.
 */
export function createDeepShellMaterial(regions: RegionUniforms, depthCm = 0.45): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: { ...regions, uDepth: { value: depthCm } },
    vertexShader: /* glsl */ `
      uniform float uDepth;
      ${REGION_VERTEX_HEAD}
      varying vec3 vNormalView;
      void main() {
        ${REGION_VERTEX_BODY}
        vNormalView = normalize(normalMatrix * normal);
        gl_Position = projectionMatrix * modelViewMatrix * vec4(position - normal * uDepth, 1.0);
      }`,
    fragmentShader: /* glsl */ `
      ${REGION_FRAGMENT_HEAD}
      varying vec3 vNormalView;
      void main() {
        vec4 deep = regionOverlay(uDeepOverlay);
        if (deep.a < 0.5) discard;
        float light = 0.55 + 0.45 * abs(vNormalView.z);
        gl_FragColor = vec4(deep.rgb / deep.a * light, 1.0);
      }`,
  });
}
