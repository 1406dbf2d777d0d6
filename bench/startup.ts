// Issue 2 targets: restart to ready <= 3 s, first start <= 10 s, idle RSS <= 200 MB.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { median, type BenchResult } from './report';
import { rssMb, startServerProcess } from './server-process';

export async function benchStartup(runs = 3): Promise<BenchResult> {
  const fresh: number[] = [];
  const restart: number[] = [];
  const rss: number[] = [];
  for (let run = 0; run < runs; run++) {
    const home = mkdtempSync(join(tmpdir(), 'zhospar-bench-'));
    try {
      const first = await startServerProcess(home);
      fresh.push(first.readyMs);
      await first.stop();
      for (let i = 0; i < 2; i++) {
        const again = await startServerProcess(home);
        restart.push(again.readyMs);
        await delay(2000); // let start-up garbage settle before reading idle memory
        rss.push(rssMb(again.pid));
        await again.stop();
      }
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }
  return {
    name: 'start-up (node bin/zhospar.mjs serve, embedded PostgreSQL)',
    metrics: [
      { name: 'first start to ready (median)', value: median(fresh) / 1000, unit: 's', target: { op: '<=', value: 10 } },
      { name: 'restart to ready (median)', value: median(restart) / 1000, unit: 's', target: { op: '<=', value: 3 } },
      { name: 'idle RSS of the app process (median)', value: median(rss), unit: 'MB', target: { op: '<=', value: 200 } },
    ],
    notes: [`${runs} fresh starts, ${restart.length} restarts; ready = first 200 from /api/health`],
  };
}
