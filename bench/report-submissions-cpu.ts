// Where a benchmark's time goes: CPU seconds of the server process and of the embedded cluster's
// processes, read from /proc (Linux); the whole machine's CPU; how late this process ran.
import { readFileSync, readdirSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';

/** CPU time (user + system) of processes, in seconds, from /proc (Linux); 0 for a process gone. */
export function cpuSeconds(pids: readonly number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited
    }
  }
  return ticks / 100;
}

/**
 * CPU seconds of the embedded cluster so far: the postmaster with the children it has reaped
 * (backends that closed) and its children now (backends, WAL writer...). Read at both ends of a
 * phase, the difference counts backends that opened or closed during it too.
 */
export function clusterCpuSeconds(home: string): number {
  try {
    const postmaster = Number(readFileSync(join(home, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    const fields = readFileSync(`/proc/${postmaster}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime, stime, cutime, cstime: the fields after the command name, from the 12th.
    const own = (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / 100;
    const children = readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .map(Number)
      .filter((pid) => {
        try {
          return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]) === postmaster;
        } catch {
          return false;
        }
      });
    return own + cpuSeconds(children);
  } catch {
    return 0;
  }
}

/** Shares of the machine's CPU time over a stretch, in percent of all CPUs. */
export interface MachineCpuShares {
  busy: number;
  idle: number;
  /** Waiting for the disk with nothing else to run. */
  iowait: number;
  /** Taken by the host from this virtual machine: time the benchmark could not have. */
  steal: number;
  /** The highest steal of any one second. */
  worstSecondSteal: number;
}

interface CpuTicks {
  idle: number;
  iowait: number;
  steal: number;
  total: number;
}

/** The machine's CPU ticks so far from /proc/stat (Linux): null elsewhere. */
function machineTicks(): CpuTicks | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal (guest time is counted in user already)
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
    return { idle, iowait, steal, total: user + nice + system + idle + iowait + irq + softirq + steal };
  } catch {
    return null;
  }
}

const percentOf = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : 0);

/**
 * Samples the machine's CPU every second until stopped: on a shared virtual machine the host's
 * steal moves latency as much as anything the benchmark changes, so each phase reports it.
 */
export function startMachineCpuSampler(): { stop(): MachineCpuShares | null } {
  const first = machineTicks();
  let previous = first;
  let worstSecondSteal = 0;
  const timer = setInterval(() => {
    const now = machineTicks();
    if (now && previous) worstSecondSteal = Math.max(worstSecondSteal, percentOf(now.steal - previous.steal, now.total - previous.total));
    previous = now;
  }, 1000);
  return {
    stop: () => {
      clearInterval(timer);
      const last = machineTicks();
      if (!first || !last) return null;
      const total = last.total - first.total;
      const idle = percentOf(last.idle - first.idle, total);
      const iowait = percentOf(last.iowait - first.iowait, total);
      const steal = percentOf(last.steal - first.steal, total);
      return { busy: 100 - idle - iowait - steal, idle, iowait, steal, worstSecondSteal };
    },
  };
}

/** How late an event loop ran, in milliseconds. */
export interface EventLoopDelay {
  p99: number;
  max: number;
}

/** Measures this process's event-loop delay until stopped (10 ms resolution). */
export function startEventLoopDelayMonitor(): { stop(): EventLoopDelay } {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  return {
    stop: () => {
      histogram.disable();
      return { p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6 };
    },
  };
}
