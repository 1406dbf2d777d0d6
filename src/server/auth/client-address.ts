// The client's IP address for per-address sign-in limits. Behind a load balancer every request
// comes from the balancer, so with ZHOSPAR_TRUST_PROXY=1 the address the nearest proxy appended
// to X-Forwarded-For is used instead. Without that setting the header is ignored: anyone can
// write it, and trusting it would let an attacker pick a fresh address for every guess.
import type { Context } from 'hono';
import type { AppEnv } from '../context';

interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

export function trustsProxy(env: NodeJS.ProcessEnv = process.env): boolean {
  return ['1', 'true', 'yes'].includes((env.ZHOSPAR_TRUST_PROXY ?? '').toLowerCase());
}

export function clientAddress(c: Context<AppEnv>): string {
  if (trustsProxy()) {
    const hops = c.req.header('x-forwarded-for')?.split(',').map((hop) => hop.trim()).filter(Boolean) ?? [];
    const nearest = hops.at(-1);
    if (nearest) return nearest;
  }
  // @hono/node-server passes the Node request as the `incoming` binding.
  return (c.env as NodeBindings | undefined)?.incoming?.socket?.remoteAddress ?? 'unknown';
}
