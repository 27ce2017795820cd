import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative base: the built site works from a sub-path (GitHub Pages) and from a root.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
});
