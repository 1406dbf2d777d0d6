// Sends an EncodedBody over HTTP: content negotiation (RFC 9110 section 12.5.3) and conditional
// requests by entity tag, so a client that has the current list gets 304 and no body.
import type { Context } from 'hono';
import type { ContentCoding, EncodedBody } from '../io/encoded-body';

/** Below this size compression saves less than its headers and CPU cost. */
const MIN_COMPRESSIBLE_BYTES = 1024;

/**
 * The coding to send for an Accept-Encoding header (RFC 9110 section 12.5.3): brotli, then gzip,
 * among those the client accepts with a non-zero weight ("*" accepts any); identity otherwise.
 */
export function chooseContentCoding(acceptEncoding: string | undefined, byteLength: number): ContentCoding {
  if (!acceptEncoding || byteLength < MIN_COMPRESSIBLE_BYTES) return 'identity';
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(token, Number.isFinite(weight) ? weight : 0);
  }
  const accepts = (coding: string) => (weights.get(coding) ?? weights.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return 'identity';
}

/** True when an If-None-Match header lists this entity tag (weak comparison, RFC 9110 section 13.1.2). */
export function matchesEntityTag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Sends the body in the best coding the client accepts, or 304 when the client already has it.
 * By default a client may keep a copy but must revalidate it (lists change with the register).
 */
export function sendEncodedBody(c: Context, body: EncodedBody, cacheControl = 'no-cache'): Response {
  const headers: Record<string, string> = {
    'content-type': body.contentType,
    etag: body.etag,
    vary: 'Accept-Encoding',
    'cache-control': cacheControl,
  };
  if (matchesEntityTag(c.req.header('if-none-match'), body.etag)) return c.body(null, 304, headers);
  const coding = body.compressible ? chooseContentCoding(c.req.header('accept-encoding'), body.byteLength) : 'identity';
  if (coding !== 'identity') headers['content-encoding'] = coding;
  return c.body(body.bytes(coding), 200, headers);
}
