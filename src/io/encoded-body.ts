// Content that is sent many times unchanged (a cached read model, a file of the web app): its
// bytes, an entity tag and its compressed forms are computed once, the compressed ones on first
// demand. Serving it then costs a header lookup and a socket write, and a client that sends
// Accept-Encoding (every browser, fetch, curl --compressed) receives a fraction of the bytes.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

export type ContentCoding = 'br' | 'gzip' | 'identity';

export class EncodedBody {
  readonly etag: string;
  private readonly forms = new Map<ContentCoding, Buffer<ArrayBuffer>>();

  constructor(
    content: string | Uint8Array,
    readonly contentType: string,
    /** False for formats that are compressed already (PNG, WOFF2): they are sent as they are. */
    readonly compressible = true,
  ) {
    const identity = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    this.forms.set('identity', identity);
    // The tag names these bytes: the same text gives the same tag in every process.
    this.etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`;
  }

  get byteLength(): number {
    return this.bytes('identity').byteLength;
  }

  bytes(coding: ContentCoding): Buffer<ArrayBuffer> {
    const known = this.forms.get(coding);
    if (known) return known;
    const identity = this.forms.get('identity')!;
    // Brotli quality 5 compresses a 100 KB list in a few milliseconds, close to the top quality's size.
    const encoded = coding === 'br' ? brotliCompressSync(identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } }) : gzipSync(identity, { level: 6 });
    this.forms.set(coding, encoded);
    return encoded;
  }
}
