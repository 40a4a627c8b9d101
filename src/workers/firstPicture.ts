/**
 * The first picture of the head, drawn in the decoder worker on an OffscreenCanvas while the
 * page is still evaluating and rendering its UI, long before three.js and the interactive
 * scene are up. Plain WebGL2 with the scene's own shading (Lambert under the same key and fill
 * lights, the model's occlusion, neutral tone mapping, sRGB output) and camera, so when the
 * scene's first frame replaces it nothing moves. The scene takes over from its first frame.
 */
import type { DecodedHead, DecodedPart } from '../geometry/decodeHead';
import { CAMERA, lookAt, multiply, perspective, type Vec3 } from '../geometry/cameraMatrix';
import { linearRgb } from '../geometry/colour';
import { FILL, KEY } from '../geometry/lighting';

export interface PictureCamera {
  eye: Vec3;
  target: Vec3;
}

const VERTEX = /* glsl */ `#version 300 es
in vec3 position;
in vec3 normal;
in vec3 color;
in float occlusion;
uniform mat4 viewProjection;
out vec3 vNormal;
out vec3 vColor;
out float vOcclusion;
void main() {
  vNormal = normal;
  vColor = color;
  vOcclusion = occlusion;
  gl_Position = viewProjection * vec4(position, 1.0);
}`;

// three's Lambert: diffuse / pi times (key irradiance + hemisphere irradiance), then the
// model's occlusion, NeutralToneMapping and the sRGB transfer.
const FRAGMENT = /* glsl */ `#version 300 es
precision highp float;
in vec3 vNormal;
in vec3 vColor;
in float vOcclusion;
uniform vec3 keyDirection;
uniform vec3 keyColour;
uniform vec3 skyColour;
uniform vec3 groundColour;
out vec4 fragColour;
vec3 neutral(vec3 color) {
  const float start = 0.8 - 0.04;
  const float desaturation = 0.15;
  float x = min(color.r, min(color.g, color.b));
  float offset = x < 0.08 ? x - 6.25 * x * x : 0.04;
  color -= offset;
  float peak = max(color.r, max(color.g, color.b));
  if (peak < start) return color;
  float d = 1.0 - start;
  float newPeak = 1.0 - d * d / (peak + d - start);
  color *= newPeak / peak;
  float g = 1.0 - 1.0 / (desaturation * (peak - newPeak) + 1.0);
  return mix(color, vec3(newPeak), g);
}
vec3 srgb(vec3 c) {
  return mix(pow(c, vec3(0.41666)) * 1.055 - vec3(0.055), c * 12.92, vec3(lessThanEqual(c, vec3(0.0031308))));
}
void main() {
  vec3 n = normalize(vNormal);
  vec3 irradiance = max(dot(n, keyDirection), 0.0) * keyColour + mix(groundColour, skyColour, 0.5 * n.y + 0.5);
  vec3 outgoing = irradiance * vColor * 0.3183098861837907 * vOcclusion * vOcclusion;
  fragColour = vec4(srgb(clamp(neutral(outgoing), 0.0, 1.0)), 1.0);
}`;

interface Uploaded {
  vao: WebGLVertexArrayObject;
  count: number;
  type: number;
}

export class FirstPicture {
  private readonly gl: WebGL2RenderingContext;
  private readonly program: WebGLProgram;
  private parts: Uploaded[] = [];

  /** Throws when the worker has no WebGL2 (the page then simply waits for the scene). */
  constructor(private readonly canvas: OffscreenCanvas) {
    const gl = canvas.getContext('webgl2', { antialias: true, alpha: true, premultipliedAlpha: true, depth: true });
    if (!gl) throw new Error('no WebGL2 in the worker');
    this.gl = gl;
    const shader = (type: number, source: string) => {
      const s = gl.createShader(type)!;
      gl.shaderSource(s, source);
      gl.compileShader(s);
      return s;
    };
    const program = gl.createProgram();
    gl.attachShader(program, shader(gl.VERTEX_SHADER, VERTEX));
    gl.attachShader(program, shader(gl.FRAGMENT_SHADER, FRAGMENT));
    ['position', 'normal', 'color', 'occlusion'].forEach((name, i) => gl.bindAttribLocation(program, i, name));
    // Linked now, checked at the first draw: the compile runs while the model decodes.
    gl.linkProgram(program);
    this.program = program;
  }

  /**
   * Copies the head's arrays to the GPU (before they are handed to the page) and waits for the
   * shader program, so that drawing, once the page says how big, has nothing left to wait for.
   */
  upload(head: DecodedHead): void {
    const gl = this.gl;
    if (!gl.getProgramParameter(this.program, gl.LINK_STATUS))
      throw new Error(gl.getProgramInfoLog(this.program) ?? 'the first picture shader did not link');
    const attribute = (location: number, data: Float32Array | undefined, size: number, fallback: number[]) => {
      if (!data) {
        gl.disableVertexAttribArray(location);
        gl.vertexAttrib4f(location, fallback[0] ?? 1, fallback[1] ?? 1, fallback[2] ?? 1, 1);
        return;
      }
      const buffer = gl.createBuffer();
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
      gl.enableVertexAttribArray(location);
      gl.vertexAttribPointer(location, size, gl.FLOAT, false, 0, 0);
    };
    this.parts = Object.values(head.parts).map((part: DecodedPart) => {
      const vao = gl.createVertexArray();
      gl.bindVertexArray(vao);
      attribute(0, part.positions, 3, []);
      attribute(1, part.normals, 3, []);
      attribute(2, part.colors, 3, [1, 1, 1]);
      attribute(3, part.occlusion, 1, [1]);
      const index = gl.createBuffer();
      gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, index);
      gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, part.index, gl.STATIC_DRAW);
      gl.bindVertexArray(null);
      return { vao, count: part.index.length, type: part.index instanceof Uint32Array ? gl.UNSIGNED_INT : gl.UNSIGNED_SHORT };
    });
  }

  get ready(): boolean {
    return this.parts.length > 0;
  }

  /**
   * Draws the head at this canvas size (device pixels) from `camera`. Returns when its first
   * draw call was issued (epoch milliseconds), as the benchmark times a page's draw calls.
   */
  draw(width: number, height: number, camera: PictureCamera): number {
    const gl = this.gl;
    this.canvas.width = width;
    this.canvas.height = height;
    gl.viewport(0, 0, width, height);
    gl.clearColor(0, 0, 0, 0);
    gl.clear(gl.COLOR_BUFFER_BIT | gl.DEPTH_BUFFER_BIT);
    gl.enable(gl.DEPTH_TEST);
    gl.enable(gl.CULL_FACE);
    gl.useProgram(this.program);
    const uniform = (name: string) => gl.getUniformLocation(this.program, name);
    const viewProjection = multiply(
      perspective(CAMERA.fovDeg, width / height, CAMERA.near, CAMERA.far),
      lookAt(camera.eye, camera.target),
    );
    gl.uniformMatrix4fv(uniform('viewProjection'), false, viewProjection);
    const [x, y, z] = KEY.position;
    const length = Math.hypot(x, y, z);
    gl.uniform3f(uniform('keyDirection'), x / length, y / length, z / length);
    gl.uniform3fv(uniform('keyColour'), linearRgb(KEY.color, KEY.intensity));
    gl.uniform3fv(uniform('skyColour'), linearRgb(FILL.sky, FILL.intensity));
    gl.uniform3fv(uniform('groundColour'), linearRgb(FILL.ground, FILL.intensity));
    const drawnAt = performance.timeOrigin + performance.now();
    for (const part of this.parts) {
      gl.bindVertexArray(part.vao);
      gl.drawElements(gl.TRIANGLES, part.count, part.type, 0);
    }
    gl.bindVertexArray(null);
    return drawnAt;
  }
}
