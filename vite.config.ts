// Builds the web app (src/web) into dist/web, which the server serves with an SPA fallback.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        // ECharts is not listed: pages load it on demand (src/web/components/chart/load-echarts.ts).
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'libraries', test: /node_modules[\\/](react-router|@tanstack|i18next|react-i18next|zod)[\\/]/ },
          ],
        },
      },
    },
  },
  // `npx vite` serves the app with hot reload; the API comes from a server started separately.
  server: { proxy: { '/api': `http://localhost:${process.env.ZHOSPAR_API_PORT ?? '3000'}` } },
});
