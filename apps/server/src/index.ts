export { ensureAdmin } from './admin-account.ts';
export { runStart, serveUntilStopped, StartError } from './lifecycle.ts';
export { createSiteApp } from './site-app.ts';
export type { SiteOptions } from './site-app.ts';
export { loadWebBuild } from './web-build.ts';
