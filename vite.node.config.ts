import { resolve } from 'node:path'
import { defineConfig, type Plugin } from 'vite'

const LINEBREAK_CJS = '\0huibao:linebreak-cjs'
/**
 * pdfkit `require`s linebreak's CommonJS build; the text fitting's `import` would load its ES build beside
 * it, a second copy that unpacks its Unicode line-break table again at start-up. Both get the one copy.
 */
const oneLinebreak: Plugin = {
  name: 'huibao-one-linebreak',
  enforce: 'pre',
  resolveId: (id) => (id === 'linebreak' ? LINEBREAK_CJS : null),
  load: (id) => (id === LINEBREAK_CJS ? "import { createRequire } from 'node:module'\nexport default createRequire(import.meta.url)('linebreak')\n" : null),
}

/**
 * The programs that run on plain Node, without Electron: the `huibao` command line (`out/node/cli.js`),
 * the web host (`out/node/web.js`) and the export and import workers they start. `npm run build` builds them
 * after the app; `bin/huibao.mjs` and `bin/huibao-web.mjs` rebuild them when a source is newer.
 *
 * Pure-ESM packages made of many small files (ECharts, zrender, zod) are bundled: Node then reads one
 * file instead of hundreds, which is most of a cold start. Packages that read their own files at run
 * time (pdfmake and pdfkit's font data, mammoth, iconv-lite's tables) stay in node_modules.
 */
export default defineConfig({
  plugins: [oneLinebreak],
  publicDir: false,
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'out/node',
    emptyOutDir: true,
    minify: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        cli: resolve(import.meta.dirname, 'src-main/cli/main.ts'),
        web: resolve(import.meta.dirname, 'src-main/web/main.ts'),
        'export-worker': resolve(import.meta.dirname, 'src-main/services/export-queue/worker.ts'),
        // Imports run in a worker thread with memory and time limits (services/import/run-import.ts).
        'import-worker': resolve(import.meta.dirname, 'src-main/services/import/worker.ts'),
      },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
  ssr: { noExternal: ['echarts', 'zrender', 'zod', 'tslib'] },
})
