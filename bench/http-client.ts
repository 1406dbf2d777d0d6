// A lean HTTP client for load generators on the same machine as the server: node:http with one
// keep-alive agent (a socket per concurrent caller), JSON and multipart bodies built by hand.
// fetch() would cost the generator several times more CPU, which it would take from the server.
import { Agent, request } from 'node:http';

export interface HttpResponse {
  status: number;
  body: string;
}

export interface HttpClient {
  send(method: string, path: string, options?: { token?: string; json?: unknown; body?: Buffer | readonly Buffer[]; contentType?: string; headers?: Record<string, string> }): Promise<HttpResponse>;
  close(): void;
}

export function createHttpClient(baseUrl: string, maxSockets: number): HttpClient {
  const url = new URL(baseUrl);
  // The server closes a keep-alive connection after 5 s without a request (Node's default); a
  // request sent on one just as it closes fails with ECONNRESET, unanswered. Like any careful
  // client, drop connections idle for 4 s first, and use the idle connections in turn (fifo) so
  // that none sits idle long when fewer requests are in flight than connections are open.
  const agent = new Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, timeout: 4000, scheduling: 'fifo' });
  return {
    send(method, path, options = {}) {
      // A body in pieces is written piece by piece: a 100 KB file is not copied into one buffer.
      const body = options.json !== undefined ? [Buffer.from(JSON.stringify(options.json))] : Buffer.isBuffer(options.body) ? [options.body] : options.body;
      const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
      if (options.token) headers.Authorization = `Bearer ${options.token}`;
      if (body) {
        headers['Content-Type'] = options.json !== undefined ? 'application/json' : (options.contentType ?? 'application/octet-stream');
        headers['Content-Length'] = String(body.reduce((n, piece) => n + piece.byteLength, 0));
      }
      return new Promise<HttpResponse>((resolve, reject) => {
        const req = request({ host: url.hostname, port: url.port, method, path, headers, agent }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        });
        req.on('error', reject);
        req.cork(); // the pieces go out together (writev), as one buffer would
        for (const piece of body ?? []) req.write(piece);
        req.uncork();
        req.end();
      });
    },
    close: () => agent.destroy(),
  };
}

/** A multipart/form-data body with one file field. */
export function multipartFile(field: string, fileName: string, contentType: string, content: Buffer): { body: Buffer[]; contentType: string } {
  return multipartForm({}, [{ field, fileName, contentType, content }]);
}

/** A multipart/form-data body with text fields and file fields (ASCII names and values), in pieces. */
export function multipartForm(
  fields: Record<string, string>,
  files: ReadonlyArray<{ field: string; fileName: string; contentType: string; content: Buffer }>,
): { body: Buffer[]; contentType: string } {
  const boundary = `----zhospar-bench-${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const file of files) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.fileName}"\r\nContent-Type: ${file.contentType}\r\n\r\n`),
      file.content,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: parts, contentType: `multipart/form-data; boundary=${boundary}` };
}
