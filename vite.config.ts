import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is served from the app:// protocol in Electron and over http://127.0.0.1 in browser
// tests, so every asset URL is relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: false },
});
