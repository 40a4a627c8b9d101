/**
 * `npm run outlines`: draws every region outline on the head's region chart (MediaPipe's UV
 * layout, extended beyond the face's edge) over the canonical mesh's wireframe, and writes
 * docs/region-outlines.png through the browser harness. For checking placement by eye.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { decodeFaceMesh } from './model/decodeFaceMesh.ts';
import { loadAtlas } from '../src/atlas/loadAtlas.ts';
import { readRawAtlas } from './readRawAtlas.ts';
import { ROOT, launchBrowser } from './browser/harness.ts';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@mediapipe/face_mesh/package.json'));
const face = decodeFaceMesh(
  new Uint8Array(readFileSync(join(packageDir, 'face_mesh_solution_packed_assets.data'))),
  readFileSync(join(packageDir, 'face_mesh_solution_packed_assets_loader.js'), 'utf8'),
);
const atlas = loadAtlas(readRawAtlas(ROOT));
const table = atlas.landmarks;

// Chart window: the face is [0,1]^2; the extension reaches beyond it.
const [u0, v0, u1, v1] = [-0.25, -0.3, 1.25, 1.3];
const size = 1500;
const sx = (u: number) => ((u - u0) / (u1 - u0)) * size;
const sy = (v: number) => ((v - v0) / (v1 - v0)) * size * ((v1 - v0) / (u1 - u0));
const height = Math.round(sy(v1));
const pt = (id: number) => {
  const [u, v] = table.chart(id);
  return `${sx(u).toFixed(1)},${sy(v).toFixed(1)}`;
};

const parts: string[] = [];
for (let t = 0; t < face.indices.length; t += 3) {
  parts.push(
    `<polygon points="${[0, 1, 2].map((k) => pt(face.indices[t + k]!)).join(' ')}" fill="none" stroke="#c8c8c8" stroke-width="0.6"/>`,
  );
}
for (let id = 468; id < table.count; id++) {
  if (!table.inChart(id)) continue;
  const [x, y] = pt(id).split(',');
  parts.push(`<circle cx="${x}" cy="${y}" r="1.6" fill="#999"/>`);
}
for (const instance of atlas.instances) {
  const avoid = instance.region.kind === 'avoid';
  const colour = avoid ? '#c0392b' : '#1f5fa8';
  parts.push(
    `<polygon points="${instance.outline.map(pt).join(' ')}" fill="${avoid ? 'url(#hatch)' : colour}" fill-opacity="${avoid ? 1 : 0.18}" stroke="${colour}" stroke-width="2"${instance.region.depth === 'deep' ? ' stroke-dasharray="6 4"' : ''}/>`,
  );
}
for (const instance of atlas.instances) {
  const [x, y] = pt(instance.anchor).split(',');
  const label = instance.region.id + (instance.side === 'midline' ? '' : instance.side === 'left' ? ' L' : ' R');
  parts.push(
    `<text x="${x}" y="${y}" font-size="11" font-family="sans-serif" text-anchor="middle" paint-order="stroke" stroke="#fff" stroke-width="3">${label}</text>`,
  );
}
for (const landmark of [33, 133, 263, 362, 9, 1, 61, 291, 152, 454, 234]) {
  const [x, y] = pt(landmark).split(',');
  parts.push(`<text x="${x}" y="${Number(y) - 4}" font-size="10" font-family="sans-serif" fill="#555">${landmark}</text>`);
}
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${height}" viewBox="0 0 ${size} ${height}">
<defs><pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#c0392b" fill-opacity="0.08"/><line x1="0" y1="0" x2="0" y2="8" stroke="#c0392b" stroke-width="2" stroke-opacity="0.55"/></pattern></defs>
<rect width="100%" height="100%" fill="#fff"/>
<text x="16" y="28" font-size="18" font-family="sans-serif">Region outlines on the region chart (subject's left is on the right). Blue: targets; red hatched: avoid-zones; dashed: deep.</text>
${parts.join('\n')}
</svg>`;

const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: size, height } });
  await page.setContent(`<body style="margin:0">${svg}</body>`);
  await page.screenshot({ path: join(ROOT, 'docs/region-outlines.png') });
  console.log('docs/region-outlines.png');
} finally {
  await browser.close();
}
