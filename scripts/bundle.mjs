/**
 * Bundle the command line into a few files (dist/bundle/): loading one bundle is
 * much faster than resolving a hundred small modules, and commands still load
 * their own chunk only when they run. The library (dist/*.js from tsc) is not
 * bundled. piscina stays external: it loads its own worker file by path.
 */
import { build } from 'esbuild'
import { rmSync } from 'node:fs'

rmSync('dist/bundle', { recursive: true, force: true })
await build({
  entryPoints: { main: 'src/cli/main.ts', worker: 'src/batch/worker.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['piscina'],
  banner: { js: "import { createRequire as __casefileRequire } from 'node:module'; const require = __casefileRequire(import.meta.url);" },
  chunkNames: 'chunk-[hash]',
  legalComments: 'none',
  minify: process.env.CASEFILE_BUNDLE_MINIFY !== '0', // 0: readable names for profiling
  keepNames: false,
  logLevel: 'warning'
})
