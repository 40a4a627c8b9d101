import { DataTexture, LinearFilter, RGBAFormat, UnsignedByteType, type IUniform } from 'three';
import type { RegionMask } from '../geometry/regionMask';

/**
 * GPU side of the region overlay: two images in the head's chart (all regions, and the deep
 * ones alone for the deep layer), composited on the CPU when a style changes. The shader adds
 * one texture fetch to the skin: no per-pixel region logic, no cost while the head turns.
 */
export interface RegionUniforms {
  uOverlay: IUniform<DataTexture>;
  uDeepOverlay: IUniform<DataTexture>;
  uChartWindow: IUniform<[number, number, number, number]>;
  uDimSide: IUniform<number>;
  [name: string]: IUniform;
}

function overlayTexture(width: number, height: number): DataTexture {
  const texture = new DataTexture(new Uint8Array(width * height * 4), width, height, RGBAFormat, UnsignedByteType);
  texture.magFilter = LinearFilter;
  texture.minFilter = LinearFilter;
  texture.generateMipmaps = false;
  texture.premultiplyAlpha = false;
  texture.needsUpdate = true;
  return texture;
}

export function createRegionUniforms(mask: RegionMask): RegionUniforms {
  const { u0, v0, u1, v1 } = mask.window;
  return {
    uOverlay: { value: overlayTexture(mask.width, mask.height) },
    uDeepOverlay: { value: overlayTexture(mask.width, mask.height) },
    uChartWindow: { value: [u0, v0, u1 - u0, v1 - v0] },
    uDimSide: { value: 0 },
  };
}

export const REGION_VERTEX_HEAD = /* glsl */ `
attribute vec3 chart;
varying vec3 vChart;
varying float vObjectX;
`;
export const REGION_VERTEX_BODY = /* glsl */ `
vChart = chart;
vObjectX = position.x;
`;

export const REGION_FRAGMENT_HEAD = /* glsl */ `
uniform sampler2D uOverlay;
uniform sampler2D uDeepOverlay;
uniform vec4 uChartWindow;
uniform float uDimSide;
varying vec3 vChart;
varying float vObjectX;

// The overlay (premultiplied) at this point of the chart; transparent off the chart.
vec4 regionOverlay(sampler2D image) {
  vec2 st = (vChart.xy - uChartWindow.xy) / uChartWindow.zw;
  if (vChart.z < 0.999 || any(lessThan(st, vec2(0.0))) || any(greaterThan(st, vec2(1.0)))) return vec4(0.0);
  return texture2D(image, st);
}
`;
