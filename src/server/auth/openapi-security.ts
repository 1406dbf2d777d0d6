// OpenAPI security requirements of routes that need a signed-in user (the schemes are registered
// in routes/auth.ts). Other route groups may use them too.
export const SIGNED_IN: Array<Record<string, string[]>> = [{ sessionCookie: [] }, { bearerToken: [] }];
export const SESSION_ONLY: Array<Record<string, string[]>> = [{ sessionCookie: [] }];
