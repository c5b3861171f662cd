import { redirect } from 'react-router';
import { api } from './api.server.ts';
import type { ApiArgs } from './api.server.ts';

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

const VIEWER_QUERY = /* GraphQL */ `
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
`;

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
  const { data } = await api<{ viewer: ViewerInfo }>(args, VIEWER_QUERY);
  return data.viewer;
}

/** The signed-in viewer, or a redirect to log in that comes back here afterwards. */
export async function requireUser(
  args: ApiArgs,
): Promise<ViewerInfo & { user: NonNullable<ViewerInfo['user']> }> {
  const viewer = await loadViewer(args);
  if (!viewer.user) {
    const url = new URL(args.request.url);
    throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return viewer as ViewerInfo & { user: NonNullable<ViewerInfo['user']> };
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
