/**
 * Decodes the head model off the main thread: the page posts the model's bytes (transferred,
 * not copied) and gets typed arrays back the same way, or a message saying what was wrong.
 */
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { decodeHead, transferables, type DecodedHead } from '../geometry/decodeHead';

export type DecodeReply = { ok: true; head: DecodedHead } | { ok: false; message: string };

const port = self as unknown as Worker;

port.onmessage = async (event: MessageEvent<ArrayBuffer>) => {
  try {
    await MeshoptDecoder.ready;
    const head = decodeHead(event.data, MeshoptDecoder);
    port.postMessage({ ok: true, head } satisfies DecodeReply, transferables(head));
  } catch (error) {
    port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies DecodeReply);
  }
};
