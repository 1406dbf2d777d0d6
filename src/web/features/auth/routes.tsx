import type { RouteObject } from 'react-router';
import { PasswordPage } from './password-page';
import { SignInPage } from './sign-in-page';

/** Routes under /:lang. */
export const authRoutes: RouteObject[] = [
  { path: 'sign-in', element: <SignInPage /> },
  { path: 'account/password', element: <PasswordPage /> },
];
