// Failures of the people-and-access use cases, by kind, with a message for the person. The HTTP
// layer maps kinds to status codes and the CLI prints the message; neither has to parse text.

export type AuthErrorKind = 'invalid' | 'not_found' | 'conflict' | 'forbidden';

export class AuthError extends Error {
  constructor(
    readonly kind: AuthErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}
