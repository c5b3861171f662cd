import { redirect } from 'react-router';
import { api } from './api.server.ts';
import type { ApiArgs } from './api.server.ts';
import { graphql } from './graphql.ts';

export interface ViewerInfo {
  readonly isSignedIn: boolean;
  readonly roles: readonly string[];
  readonly user: {
    readonly id: string;
    readonly name: string;
    readonly email: string;
    readonly isAdmin: boolean;
  } | null;
}

const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      isSignedIn
      roles
      user {
        id
        name
        email
        isAdmin
      }
    }
  }
`);

/** The API's session cookie (its name is part of the API's contract with the site). */
const SESSION_COOKIE = 'kobling_session';

const VISITOR: ViewerInfo = { isSignedIn: false, roles: ['VISITOR'], user: null };

/** True when the browser sent no session: the API would answer "visitor" without a lookup. */
export function isVisitor(request: Request): boolean {
  const cookie = request.headers.get('cookie') ?? '';
  return !cookie.split(';').some((part) => part.trim().startsWith(`${SESSION_COOKIE}=`));
}

export async function loadViewer(args: ApiArgs): Promise<ViewerInfo> {
  // Most page views are visitors': skip the round-trip when there is no session to look up.
  if (isVisitor(args.request)) return VISITOR;
  const { data } = await api(args, ViewerQuery, {});
  return data.viewer;
}

/** The signed-in viewer, or a redirect to log in that comes back here afterwards. */
export async function requireUser(
  args: ApiArgs,
): Promise<ViewerInfo & { user: NonNullable<ViewerInfo['user']> }> {
  const viewer = await loadViewer(args);
  if (!viewer.user) redirectToLogin(args.request);
  return viewer as ViewerInfo & { user: NonNullable<ViewerInfo['user']> };
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
