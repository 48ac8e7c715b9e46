import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The web app: built into dist/web, which the Nest app serves at /. `npm run dev` proxies the API to a
 * running service (API_URL, default http://localhost:3000) so pages reload against real data.
 */
export default defineConfig({
  root,
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    manifest: true,
    sourcemap: true,
    // A chunk per area comes from the lazy routes; the libraries every page needs stay in one chunk.
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      // Ant Design's @rc-component packages declare no `sideEffects` (antd itself does): without this,
      // every page carried the form store and validator that Typography's TextArea merely imports.
      treeshake: {
        moduleSideEffects: [{ test: /node_modules\/@rc-component\//, sideEffects: false }],
      },
      // Ant Design marks its modules "use client" for React Server Components; meaningless in a bundle.
      onLog(level, log, handler) {
        if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: process.env.API_URL ?? 'http://localhost:3000', changeOrigin: false } },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    globals: true,
    css: false,
    // Form tests render antd in jsdom, CPU-bound: on a 2-core CI machine under load 5 s is not enough.
    testTimeout: 30_000,
  },
});
