// Reads a request body whole, up to a limit, into one Buffer. Under the Node server it reads the
// Node request directly (a declared length gets one buffer of that size, each chunk copied once),
// skipping the web-stream adapter that c.req.arrayBuffer() goes through; elsewhere (tests with
// app.request()) it uses the web Request. Larger bodies are refused with 413 before they are read
// whole, by their declared length or as they arrive.
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import type { AppEnv } from '../context';
import { HttpProblem } from '../problem';

interface NodeBindings {
  incoming?: IncomingMessage;
}

function nodeRequestOf(c: Context<AppEnv>): IncomingMessage | null {
  const incoming = (c.env as NodeBindings | undefined)?.incoming;
  return incoming && typeof incoming.on === 'function' && !incoming.readableEnded && incoming.readableFlowing !== true ? incoming : null;
}

export async function readRequestBody(c: Context<AppEnv>, maxBytes: number, tooLarge: string): Promise<Buffer> {
  const header = c.req.header('content-length');
  const declared = header === undefined || header.trim() === '' ? null : Number(header);
  if (declared !== null && !(Number.isInteger(declared) && declared >= 0)) throw new HttpProblem(400, 'The Content-Length header is not a whole number.');
  if (declared !== null && declared > maxBytes) throw new HttpProblem(413, tooLarge);
  const incoming = nodeRequestOf(c);
  if (!incoming) {
    const body = Buffer.from(await c.req.arrayBuffer());
    if (body.byteLength > maxBytes) throw new HttpProblem(413, tooLarge);
    return body;
  }
  return new Promise<Buffer>((resolve, reject) => {
    const sized = declared !== null ? Buffer.allocUnsafe(declared) : null;
    const chunks: Buffer[] = [];
    let length = 0;
    const fail = (error: Error) => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.resume(); // the rest is discarded; the answer can go out
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      if (length + chunk.byteLength > (declared ?? maxBytes)) {
        fail(declared !== null ? new HttpProblem(400, 'The body is longer than its Content-Length.') : new HttpProblem(413, tooLarge));
        return;
      }
      if (sized) chunk.copy(sized, length);
      else chunks.push(chunk);
      length += chunk.byteLength;
    };
    const onEnd = () => {
      incoming.off('error', onError);
      if (sized && length !== declared) reject(new HttpProblem(400, 'The body is shorter than its Content-Length.'));
      else resolve(sized ?? Buffer.concat(chunks, length));
    };
    const onError = (error: Error) => fail(error);
    incoming.on('data', onData);
    incoming.once('end', onEnd);
    incoming.once('error', onError);
  });
}
