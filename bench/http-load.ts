// A closed-loop HTTP/1.1 load generator for GET requests whose cost per response does not grow
// with the response's size: each connection sends a request prepared once, reads the answer's
// head for its status and Content-Length, counts the body's bytes without copying or decoding
// them, and sends the next. On a 2-CPU machine the generator shares the CPUs with the server, so
// its own cost is part of every rate it measures: autocannon appends each body to a string
// (`req.body += data`, a UTF-8 decode of every response), which cost it 178-198 µs for an 11 KB
// compressed list against 30 µs for a small answer, and made a rate ratio measure the generator.
import { connect, type Socket } from 'node:net';

export interface HttpLoadResult {
  /** Responses completed within the duration. */
  requests: number;
  /** Requests per second over the duration. */
  rate: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers other than 2xx and 304, broken connections, malformed answers. */
  errors: number;
  /** Mean bytes of a response (head and body). */
  bytesPerResponse: number;
}

const HEAD_END = Buffer.from('\r\n\r\n');

/** Status and Content-Length from a response head; null when the body's length is not declared. */
function parseHead(head: string): { status: number; contentLength: number } | null {
  const status = Number(head.slice(9, 12));
  if (status === 204 || status === 304) return { status, contentLength: 0 };
  const match = /\r\ncontent-length:[ \t]*(\d+)/i.exec(head);
  if (!match || /\r\ntransfer-encoding:/i.test(head)) return null;
  return { status, contentLength: Number(match[1]) };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Requests `url` over `connections` keep-alive connections for `seconds`, each connection sending
 * its next request when the last is answered.
 */
export async function runHttpLoad(
  url: string,
  options: { connections: number; seconds: number; headers?: Record<string, string>; /** How long past the duration an answer may take (5 s). */ graceSeconds?: number },
): Promise<HttpLoadResult> {
  const target = new URL(url);
  const headerLines = Object.entries({ host: target.host, ...options.headers }).map(([name, value]) => `${name}: ${value}\r\n`);
  const request = Buffer.from(`GET ${target.pathname}${target.search} HTTP/1.1\r\n${headerLines.join('')}\r\n`, 'latin1');
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;

  const runConnection = () =>
    new Promise<void>((resolve) => {
      const socket: Socket = connect({ host: target.hostname, port: Number(target.port), noDelay: true });
      let head: Buffer = Buffer.alloc(0);
      let bodyLeft = -1; // -1: reading the head
      let status = 0;
      let sentAt = 0;
      const finish = () => {
        socket.destroy();
        resolve();
      };
      const send = () => {
        if (performance.now() >= deadline) return finish();
        head = Buffer.alloc(0);
        bodyLeft = -1;
        sentAt = performance.now();
        socket.write(request);
      };
      const complete = () => {
        latencies.push(performance.now() - sentAt);
        if (!((status >= 200 && status < 300) || status === 304)) errors += 1;
        send();
      };
      // An answer still missing this long after the end is not coming: an error, and the run ends.
      const giveUp = setTimeout(
        () => {
          errors += 1;
          finish();
        },
        deadline - performance.now() + (options.graceSeconds ?? 5) * 1000,
      );
      socket.on('close', () => clearTimeout(giveUp));
      socket.on('connect', send);
      socket.on('data', (chunk: Buffer) => {
        bytes += chunk.byteLength;
        let rest = chunk;
        if (bodyLeft < 0) {
          head = head.byteLength === 0 ? chunk : Buffer.concat([head, chunk]);
          const end = head.indexOf(HEAD_END);
          if (end < 0) return;
          const parsed = parseHead(head.toString('latin1', 0, end));
          if (!parsed) {
            errors += 1; // no Content-Length: not what this generator reads
            return finish();
          }
          status = parsed.status;
          bodyLeft = parsed.contentLength;
          rest = head.subarray(end + HEAD_END.byteLength);
        }
        bodyLeft -= rest.byteLength;
        if (bodyLeft < 0) {
          errors += 1; // more bytes than declared: one request at a time, so this is a broken answer
          return finish();
        }
        if (bodyLeft === 0) complete();
      });
      socket.on('error', () => {
        errors += 1;
        finish();
      });
      socket.on('close', () => resolve());
    });

  await Promise.all(Array.from({ length: options.connections }, runConnection));
  const elapsedS = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rate: latencies.length / elapsedS,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    errors,
    bytesPerResponse: latencies.length === 0 ? 0 : bytes / latencies.length,
  };
}
