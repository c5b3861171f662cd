import { redirect } from 'react-router';
import type { ApiArgs } from './api.server.ts';
import type { SiteViewer } from './load-context.ts';

export type SignedInViewer = SiteViewer & { readonly user: NonNullable<SiteViewer['user']> };

/**
 * The signed-in viewer, or a redirect to log in that comes back here afterwards. The server
 * resolved the viewer for this request (the load context): no API call and no cookie reading.
 */
export function requireUser(args: ApiArgs): SignedInViewer {
  const { viewer } = args.context;
  if (!viewer.user) redirectToLogin(args.request);
  return { ...viewer, user: viewer.user };
}

/** To the login page, which comes back to this page afterwards. */
export function redirectToLogin(request: Request): never {
  const url = new URL(request.url);
  throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
}

/** A local path to go back to after a form, never another site. */
export function safeRedirect(
  to: FormDataEntryValue | string | null | undefined,
  fallback = '/',
): string {
  if (
    typeof to !== 'string' ||
    !to.startsWith('/') ||
    to.startsWith('//') ||
    to.startsWith('/\\')
  ) {
    return fallback;
  }
  return to;
}
