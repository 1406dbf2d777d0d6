// Where a benchmark's time goes: CPU seconds of the server process and of the embedded cluster's
// processes, read from /proc (Linux).
import { readFileSync, readdirSync } from 'node:fs';
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
