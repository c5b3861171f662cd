/*
 * What the server gives every loader and action (apps/server/src/load-context.ts builds it).
 * The site is a client of the GraphQL API: `api.fetch` is the API's own fetch handler
 * (in-process, no socket) or a fetch to its URL. The web app never opens the graph itself.
 */
export interface ApiTransport {
  fetch(request: Request): Promise<Response> | Response;
  /** The URL requests are addressed to (only the path matters in-process). */
  readonly url: string;
}

/**
 * Who is asking, resolved once per HTTP request by the server from the API's session (the
 * API's SiteViewer; the site does not import the API, so the shape is declared here).
 */
export interface SiteViewer {
  readonly isSignedIn: boolean;
  readonly roles: readonly string[];
  readonly user: {
    /** A GraphQL global id. */
    readonly id: string;
    readonly name: string;
    readonly email: string;
    readonly isAdmin: boolean;
  } | null;
  /** Global ids of the actors the viewer represents (approved), by actor id. */
  readonly actorIds: readonly string[];
}

export interface KoblingLoadContext {
  readonly api: ApiTransport;
  /** The browser's address as the web server saw it (forwarded for login rate limiting). */
  readonly clientAddress: string;
  readonly viewer: SiteViewer;
}

declare module 'react-router' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AppLoadContext extends KoblingLoadContext {}
}
