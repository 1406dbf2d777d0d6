// Small helpers every command uses, so that output and failures look the same everywhere.
import { readFile } from 'node:fs/promises';

/** An error whose message is meant for the person at the terminal: printed without a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Reads a text file given on the command line, turning a missing file into a clear message. */
export async function readTextFile(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${what} "${path}" does not exist.`);
    if (code === 'EISDIR') throw new UserError(`${what} "${path}" is a folder, not a file.`);
    throw new UserError(`${what} "${path}" cannot be read: ${(error as Error).message}`);
  }
}

/** Parses a numeric option, failing with the option's name. */
export function numberOption(raw: string | undefined, name: string): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new UserError(`${name} must be a number, got "${raw}".`);
  return value;
}
