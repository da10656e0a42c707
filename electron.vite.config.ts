import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'
import { copyBundledFonts } from './src-main/services/pdf/fonts'
import { screenFontsPlugin } from './src-main/build/screen-fonts'

export default defineConfig({
  main: {
    plugins: [
      {
        // The PDF embeds Noto Sans SC: put the TTFs and their OFL licence in resources/fonts, where a
        // packaged app ships them (development and the CLI also find them in the npm package).
        name: 'huibao-bundled-fonts',
        closeBundle() {
          copyBundledFonts(resolve(__dirname, 'resources/fonts'))
        },
      },
    ],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-main/desktop/index.ts'),
          // Exports run in warm worker threads (services/export-queue); index.js starts this file beside it.
          'export-worker': resolve(__dirname, 'src-main/services/export-queue/worker.ts'),
          // Imports run in a worker thread with memory and time limits; run-import.ts looks for this file too.
          'import-worker': resolve(__dirname, 'src-main/services/import/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load ES modules or node_modules: one self-contained CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve(__dirname, 'src-main/desktop/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    resolve: { alias: { '@shared': resolve(__dirname, 'src-shared') } },
    // Noto Sans SC for the screen as WOFF2 subsets, generated once and cached (src-main/build/screen-fonts.ts).
    plugins: [vue(), screenFontsPlugin(resolve(__dirname, 'node_modules/.cache/huibao-screen-fonts'))],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'src-renderer/index.html') },
      // electron-vite leaves the renderer unminified by default: minified, the library's first script is half the size.
      minify: true,
      chunkSizeWarningLimit: 2000,
    },
  },
})
