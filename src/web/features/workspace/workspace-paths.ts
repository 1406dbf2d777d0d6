// Addresses of the signed-in pages: sign-in, the executor's and the coordinator's workspaces,
// reports and the audit trail.
import type { Language } from '../../i18n/languages';

export const workspacePaths = {
  signIn: (lang: Language, next?: string) => `/${lang}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`,
  password: (lang: Language) => `/${lang}/account/password`,
  workspace: (lang: Language) => `/${lang}/workspace`,
  obligation: (lang: Language, id: number) => `/${lang}/workspace/obligations/${id}`,
  report: (lang: Language, id: number) => `/${lang}/reports/${id}`,
  reviewQueue: (lang: Language) => `/${lang}/review`,
  overview: (lang: Language) => `/${lang}/review/overview`,
  overdue: (lang: Language) => `/${lang}/review/overdue`,
  performance: (lang: Language) => `/${lang}/review/performance`,
  audit: (lang: Language) => `/${lang}/audit`,
};

/**
 * Where to go after signing in: a path inside this app only (never another site: "//host" or
 * "/\\host" would leave it), else null.
 */
export function safeNextPath(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  if (/^\/[a-z]{2}\/sign-in/.test(next)) return null;
  return next;
}
