import { DataTexture, FloatType, NearestFilter, RGBAFormat, UnsignedByteType, type IUniform } from 'three';
import type { RegionMask } from '../geometry/regionMask';

/**
 * GPU side of the region overlay: the mask (region ids per chart texel, four layers) and a
 * style table (one column per region: colour and fill, then kind, depth, state, visibility).
 * Hover, selection and layer changes only rewrite the style table: no React re-render, no new
 * shader, one draw call for the whole skin.
 */
export interface RegionUniforms {
  uRegionMask: IUniform<DataTexture>;
  uRegionStyle: IUniform<DataTexture>;
  uChartWindow: IUniform<[number, number, number, number]>;
  uRegionCount: IUniform<number>;
  uDimSide: IUniform<number>;
  [name: string]: IUniform;
}

export function createRegionUniforms(mask: RegionMask, regionCount: number): RegionUniforms {
  const maskTexture = new DataTexture(mask.data, mask.width, mask.height, RGBAFormat, UnsignedByteType);
  maskTexture.magFilter = NearestFilter;
  maskTexture.minFilter = NearestFilter;
  maskTexture.generateMipmaps = false;
  maskTexture.needsUpdate = true;
  const columns = regionCount + 1;
  const style = new DataTexture(new Float32Array(columns * 2 * 4), columns, 2, RGBAFormat, FloatType);
  style.magFilter = NearestFilter;
  style.minFilter = NearestFilter;
  style.needsUpdate = true;
  const { u0, v0, u1, v1 } = mask.window;
  return {
    uRegionMask: { value: maskTexture },
    uRegionStyle: { value: style },
    uChartWindow: { value: [u0, v0, u1 - u0, v1 - v0] },
    uRegionCount: { value: columns },
    uDimSide: { value: 0 },
  };
}

export interface RegionStyle {
  color: [number, number, number];
  fill: number;
  avoid: boolean;
  deep: boolean;
  /** 0 normal, 1 hovered, 2 selected. */
  state: 0 | 1 | 2;
  /** 0 hidden, up to 1 fully shown (dimmed on the unaffected side). */
  visibility: number;
}

/** Writes region `index`'s style into the table (column index + 1; column 0 is "no region"). */
export function writeRegionStyle(texture: DataTexture, index: number, style: RegionStyle): void {
  const data = texture.image.data as Float32Array;
  const columns = texture.image.width;
  const column = index + 1;
  data.set([...style.color, style.fill], column * 4);
  data.set([style.avoid ? 1 : 0, style.deep ? 1 : 0, style.state, style.visibility], (columns + column) * 4);
  texture.needsUpdate = true;
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
uniform sampler2D uRegionMask;
uniform sampler2D uRegionStyle;
uniform vec4 uChartWindow;
uniform float uRegionCount;
uniform float uDimSide;
varying vec3 vChart;
varying float vObjectX;

vec4 regionStyle(float id, float row) {
  return texture2D(uRegionStyle, vec2((id + 0.5) / uRegionCount, (row + 0.5) / 2.0));
}
bool hasRegion(vec4 ids, float id) {
  return any(lessThan(abs(ids - vec4(id)), vec4(0.5)));
}
vec4 regionIds(vec2 st) {
  return floor(texture2D(uRegionMask, st) * 255.0 + 0.5);
}

// Tints the surface colour with every region under the fragment; returns the rim colour
// (alpha = how strongly to draw it) for the regions whose edge runs through the fragment.
vec4 applyRegions(inout vec3 base, bool deepOnly) {
  vec4 rim = vec4(0.0);
  if (vChart.z < 0.999) return rim;
  vec2 st = (vChart.xy - uChartWindow.xy) / uChartWindow.zw;
  if (any(lessThan(st, vec2(0.0))) || any(greaterThan(st, vec2(1.0)))) return rim;
  vec4 ids = regionIds(st);
  if (dot(ids, vec4(1.0)) < 0.5) return rim;
  // Neighbours about 1.5 screen pixels away: rims keep their width at any zoom.
  vec2 px = max(fwidth(vChart.xy) / uChartWindow.zw * 1.5, vec2(0.5) / vec2(textureSize(uRegionMask, 0)));
  vec4 e = regionIds(st + vec2(px.x, 0.0));
  vec4 w = regionIds(st - vec2(px.x, 0.0));
  vec4 n = regionIds(st + vec2(0.0, px.y));
  vec4 s = regionIds(st - vec2(0.0, px.y));
  float hatch = step(0.55, fract((gl_FragCoord.x + gl_FragCoord.y) / 9.0));
  float dash = step(0.45, fract((gl_FragCoord.x - gl_FragCoord.y) / 14.0));
  for (int layer = 0; layer < 4; layer++) {
    float id = ids[layer];
    if (id < 0.5) continue;
    vec4 look = regionStyle(id, 0.0);
    vec4 flags = regionStyle(id, 1.0);
    float shown = flags.w;
    if (shown < 0.01) continue;
    bool avoid = flags.x > 0.5;
    bool deep = flags.y > 0.5;
    if (deepOnly && !deep) continue;
    float state = flags.z;
    float fill = look.a * shown;
    if (deepOnly) fill = 1.0;
    else if (avoid) fill *= mix(0.3, 1.35, hatch);
    else if (deep) fill *= 0.55;
    if (state > 1.5) fill = min(0.95, fill + 0.2);
    else if (state > 0.5) fill = min(0.95, fill + 0.12);
    base = mix(base, look.rgb, clamp(fill, 0.0, 1.0));
    bool edge = !hasRegion(e, id) || !hasRegion(w, id) || !hasRegion(n, id) || !hasRegion(s, id);
    if (edge && !deepOnly) {
      float strength = shown * (deep ? dash : 1.0);
      vec3 colour = state > 1.5 ? vec3(1.0, 0.93, 0.35) : look.rgb * 0.55;
      if (state > 1.5) strength = shown;
      if (strength > rim.a) rim = vec4(colour, strength);
    }
  }
  return rim;
}
`;
