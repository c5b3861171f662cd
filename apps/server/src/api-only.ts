/**
 * The API alone (`npm run start:api`), without the site: port 4000 by default, so it can run
 * beside `npm start`'s 3000 on another store. Like scripts/start.ts it is a composition root
 * rather than part of the API: it opens the store and seeds an empty embedded store with the
 * region's data (DESIGN §4), which the API itself never imports. Failures and signals are
 * handled as `npm start` handles them (lifecycle.ts).
 */
import { createServer } from 'node:http';
import { loadConfig } from '@kobling/config';
import { runStart, serveUntilStopped } from './lifecycle.ts';
import { openPlatform } from './platform.ts';

const API_PORT = 4000;

await runStart(async () => {
  const config = loadConfig(undefined, { defaultPort: API_PORT });
  const { api, stop } = await openPlatform(config, {
    seedWhenEmpty: config.store.engine === 'ladybug',
    // Clients reach this server directly: their X-Forwarded-For is not to be believed.
    trustProxy: false,
  });
  const { port } = config.server;
  const server = createServer(api);
  serveUntilStopped(server, port, stop);
  server.listen(port, () => {
    console.info(`Kobling API on http://localhost:${port}${api.graphqlEndpoint}`);
  });
});
