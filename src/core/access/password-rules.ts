// What a password must be. Length matters more than character classes (NIST SP 800-63B), so we
// ask for 12 characters and refuse only what is plainly guessable.

export const MIN_PASSWORD_LENGTH = 12;
/** Longer input is refused so that hashing cannot be used to tie up the server. */
export const MAX_PASSWORD_LENGTH = 256;

/** Lower-cases and trims an e-mail address: addresses are compared case-insensitively. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Why the password is not acceptable, in words for the person choosing it; null when it is fine. */
export function passwordProblem(password: string, email: string): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`;
  if (length > MAX_PASSWORD_LENGTH) return `The password must be at most ${MAX_PASSWORD_LENGTH} characters long.`;
  const folded = password.trim().toLowerCase();
  const address = normalizeEmail(email);
  const localPart = address.split('@')[0] ?? '';
  if (folded === address || (localPart.length >= 4 && folded === localPart)) return 'The password must not be the e-mail address.';
  if (new Set(password).size < 4) return 'The password must not repeat one or two characters; use a phrase or a generated password.';
  return null;
}
