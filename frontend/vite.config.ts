import { defineConfig } from 'vitest/config';

// The UI is served by `govgraph serve` from the embedded dist/; during
// development `npm run dev` proxies the API to a running server.
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true, // public/.gitkeep is copied back: go:embed needs dist/ to exist
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: { manualChunks: (id: string) => (id.includes('node_modules/echarts') || id.includes('node_modules/zrender') ? 'echarts' : undefined) },
    },
  },
  server: {
    proxy: { '/api': process.env.GOVGRAPH_API ?? 'http://127.0.0.1:8080' },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
