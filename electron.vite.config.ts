import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// Three builds: the Electron main process (with the backend worker and job worker bundled as
// separate files via `?modulePath`), the sandboxed preload (CommonJS, as sandboxed preloads
// must be), and the renderer (the same bundle the browser preview serves).
// EXCRM_OUT_DIR lets a second build (another worktree, a parallel check) write elsewhere.
const out = process.env.EXCRM_OUT_DIR ?? 'out';

export default defineConfig({
  main: {
    build: {
      outDir: `${out}/main`,
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: `${out}/preload`,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    resolve: { alias: { '@shared': resolve('shared') } },
    plugins: [react()],
    build: {
      outDir: resolve(`${out}/renderer`),
      chunkSizeWarningLimit: 2500,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
