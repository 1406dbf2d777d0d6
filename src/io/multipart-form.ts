// multipart/form-data (RFC 7578) from a body already read whole: the parts' names, file names,
// content types and contents, each content a view of the body (no copy). For uploads that are
// read whole anyway (evidence files are at most 10 MB), this costs a few Buffer.indexOf calls,
// where the web platform's FormData parser builds streams, Blobs and Files and copies each file
// several times: on a busy reporting day that is a large part of a submission's CPU time.
//
// What browsers, curl and HTTP libraries send is accepted: CRLF line ends, a preamble and an
// epilogue, quoted parameters (with backslash escapes, and the %22 %0D %0A that the HTML
// standard uses for quotes and line breaks in names), `filename*=UTF-8''...` (RFC 5987), names
// and file names in UTF-8. Anything malformed is refused with a MultipartError saying what.

export interface MultipartPart {
  /** The form field's name. */
  name: string;
  /** The file's name for file parts (possibly empty), null for plain fields. */
  fileName: string | null;
  contentType: string | null;
  /** The part's content: a view of the body, not a copy. */
  data: Buffer;
}

export interface MultipartLimits {
  /** Parts (fields and files) at most. */
  maxParts: number;
  /** Bytes of one part's header block at most. */
  maxHeaderBytes: number;
}

export class MultipartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MultipartError';
  }
}

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

/** The boundary of a multipart/form-data Content-Type, or null when it is not one. */
export function multipartBoundary(contentType: string | undefined): string | null {
  if (!contentType) return null;
  const [mediaType, ...params] = splitParameters(contentType);
  if (mediaType?.trim().toLowerCase() !== 'multipart/form-data') return null;
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== 'boundary') continue;
    const boundary = unquote(param.slice(eq + 1).trim());
    // RFC 2046: 1 to 70 characters, not ending in a space.
    return boundary.length >= 1 && boundary.length <= 70 && !boundary.endsWith(' ') ? boundary : null;
  }
  return null;
}

export function parseMultipart(body: Buffer, boundary: string, limits: MultipartLimits): MultipartPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const nextDelimiter = Buffer.from(`\r\n--${boundary}`);
  let at = body.indexOf(delimiter);
  // The first delimiter opens the body or follows a preamble's line end.
  if (at < 0 || (at > 0 && (at < 2 || body[at - 2] !== 0x0d || body[at - 1] !== 0x0a))) throw new MultipartError('the body does not start with the boundary');
  const parts: MultipartPart[] = [];
  for (;;) {
    at += delimiter.length;
    if (body[at] === 0x2d && body[at + 1] === 0x2d) return parts; // "--": the close delimiter; the rest is epilogue
    at = skipTransportPadding(body, at);
    if (body[at] !== 0x0d || body[at + 1] !== 0x0a) throw new MultipartError('a boundary is not followed by a line end');
    at += 2;
    const headerEnd = body.indexOf(HEADER_END, at - 2);
    if (headerEnd < 0) throw new MultipartError('a part has no end of headers');
    if (headerEnd - at > limits.maxHeaderBytes) throw new MultipartError(`a part's headers exceed ${limits.maxHeaderBytes} bytes`);
    const headers = headerEnd < at ? '' : body.toString('utf8', at, headerEnd);
    const dataStart = headerEnd + HEADER_END.length;
    const dataEnd = body.indexOf(nextDelimiter, dataStart);
    if (dataEnd < 0) throw new MultipartError('the body ends inside a part (no closing boundary)');
    if (parts.length === limits.maxParts) throw new MultipartError(`the form has more than ${limits.maxParts} parts`);
    parts.push({ ...partHeaders(headers), data: body.subarray(dataStart, dataEnd) });
    at = dataEnd + CRLF.length;
  }
}

/** Linear white space allowed after a boundary (RFC 2046 transport padding). */
function skipTransportPadding(body: Buffer, at: number): number {
  let i = at;
  while (body[i] === 0x20 || body[i] === 0x09) i++;
  return i;
}

function partHeaders(block: string): Omit<MultipartPart, 'data'> {
  let disposition: string | null = null;
  let contentType: string | null = null;
  for (const line of block.split('\r\n')) {
    if (line === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new MultipartError(`a part has a malformed header line "${line.slice(0, 60)}"`);
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'content-disposition') disposition = value;
    else if (name === 'content-type') contentType = value;
  }
  if (disposition === null) throw new MultipartError('a part has no Content-Disposition header');
  const [kind, ...params] = splitParameters(disposition);
  if (kind?.trim().toLowerCase() !== 'form-data') throw new MultipartError('a part is not form-data');
  let name: string | null = null;
  let fileName: string | null = null;
  let extendedFileName: string | null = null;
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq < 0) continue;
    const key = param.slice(0, eq).trim().toLowerCase();
    const raw = param.slice(eq + 1).trim();
    if (key === 'name') name = formValue(raw);
    else if (key === 'filename') fileName = formValue(raw);
    else if (key === 'filename*') extendedFileName = extendedValue(raw);
  }
  if (name === null) throw new MultipartError('a part has no field name');
  return { name, fileName: extendedFileName ?? fileName, contentType };
}

/** Splits on semicolons outside quoted strings. */
function splitParameters(header: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const ch = header[i]!;
    if (quoted && ch === '\\' && i + 1 < header.length) {
      current += ch + header[++i]!;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

function unquote(value: string): string {
  if (value.length < 2 || !value.startsWith('"') || !value.endsWith('"')) return value;
  return value.slice(1, -1).replace(/\\(.)/g, '$1');
}

/** A name or file name as browsers send it: quoted, with ", CR and LF percent-encoded. */
function formValue(raw: string): string {
  return unquote(raw).replace(/%(22|0D|0A)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** RFC 5987: charset'language'percent-encoded; only UTF-8 (and its ASCII subset) is taken. */
function extendedValue(raw: string): string | null {
  const match = /^(utf-8|us-ascii)'[^']*'(.*)$/i.exec(raw);
  if (!match) return null;
  try {
    return decodeURIComponent(match[2]!);
  } catch {
    return null;
  }
}
