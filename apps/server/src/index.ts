export { ensureAdmin } from './admin-account.ts';
export { runStart, serveUntilStopped, StartError } from './lifecycle.ts';
export { openPlatform } from './platform.ts';
export type { Platform, PlatformOptions } from './platform.ts';
export { createSiteApp } from './site-app.ts';
export type { SiteOptions } from './site-app.ts';
export { loadWebBuild } from './web-build.ts';
