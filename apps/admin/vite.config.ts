// The admin app's build: React, relative to the origin the platform serves it from (/), split so that
// the first page does not wait for the charts, and a closing line with the bundle's total size.
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** Prints the size of everything the build emitted (raw and gzip), the number the issue asks the build to print. */
function bundleSize(): Plugin {
  let summary = '';
  return {
    name: 'bcd-bundle-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      let raw = 0;
      let gzip = 0;
      for (const file of Object.values(bundle)) {
        const content = file.type === 'chunk' ? file.code : file.source;
        const bytes = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
        raw += bytes.length;
        gzip += gzipSync(bytes).length;
      }
      const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
      summary = `Admin app production bundle: ${Object.keys(bundle).length} files, ${kB(raw)}, gzip ${kB(gzip)}`;
    },
    // after Vite's own table of files, so it is the build's last line
    closeBundle() {
      if (summary) console.log(summary);
    },
  };
}

export default defineConfig({
  plugins: [react(), bundleSize()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd and ECharts are large libraries: each page and the charts are their own chunks (lazy routes).
    chunkSizeWarningLimit: 1200,
  },
  // `vite` (dev server) talks to a platform started with `npm start` on port 3000.
  server: { proxy: { '/api': 'http://localhost:3000', '/health': 'http://localhost:3000' } },
});
