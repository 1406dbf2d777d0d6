// Password hashing with argon2id (the library's default algorithm; the `algorithm` option is left
// out because its enum is empty under tsx/Vite) and the library's default cost (19 MiB, 2 passes:
// the OWASP recommendation).
import { hash, verify } from '@node-rs/argon2';
import { randomInt } from 'node:crypto';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A hash of a password nobody knows, computed once: sign-in verifies against it when the e-mail is
// unknown, so that an unknown address takes as long to refuse as a wrong password.
let dummyHash: Promise<string> | null = null;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    dummyHash ??= hash(`no user has this password ${randomInt(1 << 30)}`);
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash signs nobody in
  }
}

// Letters and digits without look-alikes (0/O, 1/l/I), so a generated password can be read aloud.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A password of 20 characters from 56 (about 116 bits), grouped in fours for reading. */
export function generatePassword(): string {
  const chars = Array.from({ length: 20 }, () => ALPHABET[randomInt(ALPHABET.length)]!);
  return [0, 4, 8, 12, 16].map((start) => chars.slice(start, start + 4).join('')).join('-');
}
