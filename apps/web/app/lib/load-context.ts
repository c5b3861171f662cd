/*
 * What the server gives every loader and action (scripts/start.ts builds it). The site is a
 * client of the GraphQL API: `api.fetch` is the API's own fetch handler (in-process, no
 * socket) or a fetch to its URL. The web app never opens the graph itself.
 */
export interface ApiTransport {
  fetch(request: Request): Promise<Response> | Response;
  /** The URL requests are addressed to (only the path matters in-process). */
  readonly url: string;
}

export interface KoblingLoadContext {
  readonly api: ApiTransport;
  /** The browser's address as the web server saw it (forwarded for login rate limiting). */
  readonly clientAddress: string;
}

declare module 'react-router' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AppLoadContext extends KoblingLoadContext {}
}
