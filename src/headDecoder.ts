import type { DecodedHead } from './geometry/decodeHead';
import { orbitPosition } from './geometry/orbit';
import type { Orbit } from './state/store';
import type { FromDecoder, ToDecoder } from './workers/decodeHead.worker';

/**
 * The page's side of the decoder worker (see workers/decodeHead.worker.ts): started by boot.ts
 * with the model's address and, where the browser can hand a canvas to a worker, a canvas for
 * the first picture of the head. The viewport shows that canvas until the scene's first frame.
 */
export class HeadDecoder {
  readonly head: Promise<DecodedHead>;
  /** The canvas the worker draws the first picture on; null where it cannot. */
  readonly pictureCanvas: HTMLCanvasElement | null = null;
  private readonly worker: Worker;
  private headSettled = false;
  private pictureDone = false;
  private hidePicture = () => this.pictureCanvas?.remove();

  constructor(url: string) {
    this.worker = new Worker(new URL('./workers/decodeHead.worker.ts', import.meta.url), { type: 'module' });
    this.head = new Promise<DecodedHead>((resolve, reject) => {
      const fail = (error: Error) => {
        this.headSettled = true;
        this.stop();
        reject(error);
      };
      this.worker.onmessage = (event: MessageEvent<FromDecoder>) => {
        const message = event.data;
        if (message.type === 'closing') return;
        if (message.type === 'picture') {
          // Converted to this page's clock, for the benchmark and the performance panel.
          performance.mark('atlas:first-picture', { startTime: message.drawnAt - performance.timeOrigin });
          return;
        }
        this.headSettled = true;
        if (message.ok) resolve(message.head);
        else fail(new Error(message.message));
      };
      this.worker.onerror = () => fail(new Error('the head model decoder could not start'));
      // The worker fetches the model itself: the download and the decoding then go on however
      // busy this thread is (handing it the bytes from here waited for this thread to be free).
      this.post({ type: 'url', url: new URL(url, location.href).href });
    });
    // After the address: the worker starts the download before it makes its WebGL context.
    const canvas = document.createElement('canvas');
    if (typeof canvas.transferControlToOffscreen === 'function') {
      const offscreen = canvas.transferControlToOffscreen();
      this.post({ type: 'canvas', canvas: offscreen }, [offscreen]);
      canvas.className = 'first-picture';
      canvas.setAttribute('aria-hidden', 'true');
      this.pictureCanvas = canvas;
    }
  }

  /** Puts the first picture in `host` at its size, seen from `orbit`; returns how to take it out. */
  showPicture(host: HTMLElement, orbit: Orbit): () => void {
    const canvas = this.pictureCanvas;
    if (!canvas || this.pictureDone) return () => undefined;
    const camera = { eye: orbitPosition(orbit.target, orbit.azimuthDeg, orbit.polarDeg, orbit.distance), target: orbit.target };
    host.prepend(canvas);
    let sent = '';
    const send = () => {
      const box = host.getBoundingClientRect();
      const ratio = Math.min(window.devicePixelRatio || 1, 2);
      const width = Math.round(box.width * ratio);
      const height = Math.round(box.height * ratio);
      if (width > 0 && height > 0 && `${width}x${height}` !== sent) {
        sent = `${width}x${height}`;
        this.post({ type: 'size', width, height, camera });
      }
    };
    send();
    const resize = new ResizeObserver(send);
    resize.observe(host);
    this.hidePicture = () => {
      resize.disconnect();
      canvas.remove();
    };
    return this.hidePicture;
  }

  /** The scene has drawn its own first frame: the picture and (once decoded) the worker go. */
  finishPicture(): void {
    this.pictureDone = true;
    this.hidePicture();
    // The worker closes itself once asked (see 'done'), after its last messages.
    const done = () => this.post({ type: 'done' });
    if (this.headSettled) done();
    else void this.head.then(done, () => undefined);
  }

  private post(message: ToDecoder, transfer: Transferable[] = []) {
    this.worker.postMessage(message, transfer);
  }

  private stop() {
    this.worker.terminate();
  }
}
