/**
 * The head's decoder, and its first picture. The page posts an OffscreenCanvas (when it can),
 * then the model's address; the worker downloads and decodes the model, draws the head on the
 * canvas as soon as the page says how big the viewport is, and hands the typed arrays back
 * (transferred, not copied), or a message saying what was wrong. It stays until the scene takes
 * over.
 */
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { decodeHead, transferables, type DecodedHead } from '../geometry/decodeHead';
import { FirstPicture, type PictureCamera } from './firstPicture';

export type ToDecoder =
  | { type: 'canvas'; canvas: OffscreenCanvas }
  | { type: 'url'; url: string }
  | { type: 'size'; width: number; height: number; camera: PictureCamera }
  /** The scene has taken over: answer 'closing', then close. */
  | { type: 'done' };

export type FromDecoder =
  | { type: 'decoded'; ok: true; head: DecodedHead }
  | { type: 'decoded'; ok: false; message: string }
  /** The first picture was drawn: when (epoch milliseconds, comparable across threads). */
  | { type: 'picture'; drawnAt: number }
  /** Last message: everything the worker sent before it has been delivered. */
  | { type: 'closing' };

const port = self as unknown as Worker;
let picture: FirstPicture | null = null;
let size: Extract<ToDecoder, { type: 'size' }> | null = null;

function drawPicture() {
  if (!picture?.ready || !size) return;
  try {
    const drawnAt = picture.draw(size.width, size.height, size.camera);
    port.postMessage({ type: 'picture', drawnAt } satisfies FromDecoder);
  } catch {
    // The picture is only a head start: without it the page waits for the scene.
    picture = null;
  }
}

async function fetchModel(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the head model could not be loaded (${response.status} ${response.statusText})`);
  return response.arrayBuffer();
}

port.onmessage = async (event: MessageEvent<ToDecoder>) => {
  const message = event.data;
  if (message.type === 'canvas') {
    try {
      picture = new FirstPicture(message.canvas);
    } catch {
      picture = null;
    }
  } else if (message.type === 'done') {
    // Closing from here rather than being terminated keeps the picture's message, which may
    // still be on its way to a busy page, from being dropped.
    port.postMessage({ type: 'closing' } satisfies FromDecoder);
    self.close();
  } else if (message.type === 'size') {
    size = message;
    drawPicture();
  } else {
    try {
      const bytes = await fetchModel(message.url);
      await MeshoptDecoder.ready;
      const head = decodeHead(bytes, MeshoptDecoder);
      try {
        picture?.upload(head);
      } catch {
        picture = null;
      }
      port.postMessage({ type: 'decoded', ok: true, head } satisfies FromDecoder, transferables(head));
      drawPicture();
    } catch (error) {
      port.postMessage({
        type: 'decoded',
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies FromDecoder);
    }
  }
};
