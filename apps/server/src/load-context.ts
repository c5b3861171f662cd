/**
 * What every loader and action of the site gets (apps/web/app/lib/load-context.ts): the API's
 * in-process fetch, the browser's address and the viewer, resolved once per HTTP request. A
 * page (GET) passes that viewer on to each of its API calls, which then skip resolving it again;
 * an action may sign in, sign out or change roles, so its API calls resolve it themselves.
 */
import type { Request as ExpressRequest } from 'express';
import { siteViewerOf } from '@kobling/api';
import type { Api, SiteViewer } from '@kobling/api';

/** Where the site addresses the API; in-process only the path matters. */
const API_URL = 'http://kobling.internal/graphql';

/** A type, not an interface: React Router's AppLoadContext is an index signature. */
export type SiteLoadContext = {
  readonly api: { fetch(request: Request): Promise<Response>; readonly url: string };
  readonly clientAddress: string;
  readonly viewer: SiteViewer;
};

/** The browser's address as this server saw it: the API's login rate limit counts by it. */
export function clientAddress(req: ExpressRequest): string {
  return req.socket.remoteAddress ?? 'unknown';
}

export function loadContextFor(api: Api) {
  return async (req: ExpressRequest): Promise<SiteLoadContext> => {
    // The site sends the API the browser's cookie and nothing else of its credentials.
    const credentials = new Headers();
    if (req.headers.cookie !== undefined) credentials.set('cookie', req.headers.cookie);
    const viewer = await api.resolveViewer(new Request(API_URL, { headers: credentials }));
    const context = req.method === 'GET' ? { viewer } : {};
    return {
      api: { fetch: async (request) => api.fetch(request, context), url: API_URL },
      clientAddress: clientAddress(req),
      viewer: siteViewerOf(viewer),
    };
  };
}
