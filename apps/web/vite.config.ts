import { reactRouter } from '@react-router/dev/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [reactRouter()],
  build: {
    sourcemap: false,
    rollupOptions: {
      treeshake: {
        // Pages take enum lists from @kobling/domain, whose index also re-exports the zod
        // schemas and the declared graph model: without this, every page that names a helix
        // shipped them to the browser (34 kB gzip). Their modules only declare values, so
        // what a page does not use can go.
        moduleSideEffects: (id: string) => !/\/(packages\/domain|graph-schema)\/src\//.test(id),
      },
    },
  },
});
