/**
 * The benchmark's floor: plain three.js, the same head.glb, one light, no UI, no overlay. It
 * renders once when the model is in, then only when the benchmark asks.
 */
import type { Mesh } from 'three';
import { DirectionalLight, PerspectiveCamera, Scene, Vector3, WebGLRenderer, type BufferGeometry } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import headUrl from '../../../models/head.glb?url';
import { orbitFrames } from '../../../src/scene/benchOrbit';

const params = new URLSearchParams(location.search);
const width = Number(params.get('w') ?? innerWidth);
const height = Number(params.get('h') ?? innerHeight);
const renderer = new WebGLRenderer({ antialias: true });
renderer.setPixelRatio(1);
renderer.setSize(width, height);
document.body.appendChild(renderer.domElement);
const scene = new Scene();
const camera = new PerspectiveCamera(26, width / height, 1, 400);
const target = new Vector3(0, 0.5, -2.5);
camera.position.set(0, 0.5 + 80 * Math.cos((88 * Math.PI) / 180), -2.5 + 80 * Math.sin((88 * Math.PI) / 180));
camera.lookAt(target);
const light = new DirectionalLight(0xffffff, 2.5);
light.position.set(-30, 35, 45);
scene.add(light);

new GLTFLoader().setMeshoptDecoder(MeshoptDecoder).load(headUrl, (gltf) => {
  gltf.scene.traverse((object) => {
    if ((object as Mesh).isMesh) ((object as Mesh).geometry as BufferGeometry).computeVertexNormals();
  });
  scene.add(gltf.scene);
  renderer.render(scene, camera);
  document.body.dataset.ready = 'true';
});

(window as unknown as { __atlasBench: { orbit: (n: number) => number } }).__atlasBench = {
  orbit: (frames) => orbitFrames(renderer, scene, camera, frames),
};
