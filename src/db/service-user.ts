// PostgreSQL will not run as root. When Zhospar itself runs as root (containers, CI), the embedded
// server runs as the conventional "postgres" system user, created when missing.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export interface ServiceUser {
  name: string;
  uid: number;
  gid: number;
}

async function lookup(name: string): Promise<ServiceUser | null> {
  try {
    const uid = Number((await exec('id', ['-u', name])).stdout.trim());
    const gid = Number((await exec('id', ['-g', name])).stdout.trim());
    return { name, uid, gid };
  } catch {
    return null;
  }
}

export async function ensureServiceUser(name = 'postgres'): Promise<ServiceUser> {
  const existing = await lookup(name);
  if (existing) return existing;
  try {
    await exec('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', name]);
  } catch (error) {
    throw new Error(`Running as root, the embedded PostgreSQL needs a "${name}" system user and could not create it: ${(error as Error).message}`);
  }
  const created = await lookup(name);
  if (!created) throw new Error(`The system user "${name}" was created but cannot be looked up.`);
  return created;
}
