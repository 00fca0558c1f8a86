/**
 * Bundle the command line for a fast start (dist/bundle/):
 *
 * - `cli.cjs`: the whole command line in one CommonJS file, so that bin/casefile.cjs
 *   can load it through a V8 code cache (`vm.Script` takes cached data; Node 20 has
 *   no code cache for ES modules). Its first line names the build, a digest of its
 *   text, and the cache is kept under that name: a rebuilt bundle never meets a
 *   cache made for another.
 * - `worker.js`: the batch worker (an ES module, imported by `worker-entry.cjs`, the
 *   CommonJS file piscina loads by path: see src/batch/worker-entry.cts), and
 *   `coordinator-thread.js`, the thread that runs a batch (src/cli/coordinator.ts).
 *
 * Then the bundle is run once on the shipped sample, which writes the code cache
 * for this machine's Node. The library (dist/*.js from tsc) is not bundled.
 */
import { build } from 'esbuild'
import { createHash } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

const minify = process.env.CASEFILE_BUNDLE_MINIFY !== '0' // 0: readable names for profiling
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  minify,
  keepNames: false,
  logLevel: 'warning'
}

/**
 * commander requires node:child_process when it loads, for subcommands that are
 * separate executables (casefile has none): loading it costs every start ~5 ms.
 * Here it is required the first time commander would spawn.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8')
      const eager = "const childProcess = require('node:child_process');"
      if (!text.includes(eager)) throw new Error(`commander changed: ${eager} not found in ${args.path}`)
      const lazy = "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };"
      return { contents: text.replace(eager, lazy), loader: 'js' }
    })
  }
}

/**
 * chalk finds out at load time whether the terminal takes colours (loading
 * node:tty and node:os); casefile decides that itself and gives chalk a level,
 * so the bundle takes chalk's other, environment-free answer.
 */
const noColorDetection = {
  name: 'no-color-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (args) => ({
      path: join(dirname(args.importer), 'vendor', 'supports-color', 'browser.js')
    }))
  }
}

/**
 * The page commands (review, report, diff) and their HTML libraries are a bundle
 * of their own (view.cjs): in cli.cjs, src/cli/view-loader.ts becomes a require
 * of it, made when a page command runs, so `compile` loads none of it.
 */
const viewOnDemand = {
  name: 'view-on-demand',
  setup(b) {
    b.onLoad({ filter: /src[\\/]cli[\\/]view-loader\.ts$/ }, () => ({
      contents: "export function loadView() { return Promise.resolve(require('./view.cjs')) }",
      loader: 'js'
    }))
  }
}

rmSync('dist/bundle', { recursive: true, force: true })
mkdirSync('dist/bundle', { recursive: true })

await build({
  ...common,
  entryPoints: { worker: 'src/batch/worker.ts', 'coordinator-thread': 'src/cli/coordinator-thread.ts' },
  outdir: 'dist/bundle',
  splitting: true,
  format: 'esm',
  external: ['piscina'],
  banner: {
    js:
      "import { createRequire as __casefileRequire } from 'node:module'; const require = " +
      '__casefileRequire(import.meta.url);'
  },
  chunkNames: 'chunk-[hash]'
})

const cli = await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/bundle/cli.cjs',
  format: 'cjs',
  external: ['piscina', './view.cjs'],
  plugins: [lazyChildProcess, noColorDetection, viewOnDemand],
  // import.meta does not exist in CommonJS: the same URL, from the file's own name.
  define: { 'import.meta.url': '__casefileUrl' },
  banner: { js: "var __casefileUrl = require('node:url').pathToFileURL(__filename).href;" },
  write: false
})
await build({
  ...common,
  entryPoints: ['src/cli/view.ts'],
  outfile: 'dist/bundle/view.cjs',
  format: 'cjs',
  external: ['piscina'],
  plugins: [noColorDetection],
  define: { 'import.meta.url': '__casefileUrl' },
  banner: { js: "var __casefileUrl = require('node:url').pathToFileURL(__filename).href;" }
})

// The worker's CommonJS entry (src/batch/worker-entry.cts, from tsc) imports worker.js beside it.
writeFileSync('dist/bundle/worker-entry.cjs', readFileSync('dist/batch/worker-entry.cjs'))

const code = cli.outputFiles[0].text
const id = createHash('sha256').update(code).digest('hex').slice(0, 16)
writeFileSync('dist/bundle/cli.cjs', `// casefile-build ${id}\n${code}`)

const warm = spawnSync(process.execPath, ['bin/casefile.cjs', 'compile', 'fixtures/RUN-24-2020.md', '-q'], {
  stdio: ['ignore', 'ignore', 'inherit']
})
if (warm.status !== 0) throw new Error(`the bundle failed on the sample (exit ${warm.status})`)
