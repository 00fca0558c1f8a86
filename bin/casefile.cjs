#!/usr/bin/env node
'use strict'
/**
 * The command line. It loads the bundle (dist/bundle/cli.cjs) through a V8 code
 * cache kept beside it: compiled once, each later start deserializes the
 * bytecode instead of compiling ~300 kB of JavaScript again. The cache is made
 * by the build, and again by any run that compiles a document and finds it
 * missing or rejected (another Node version or V8 flags); writing it is best
 * effort (a read-only install just runs without). CASEFILE_CODE_CACHE=0 turns it
 * off.
 *
 * V8 keeps the file name a cache was made with: functions deserialized from it
 * name that path in their stack traces, whatever path the bundle is loaded from.
 * So the cache begins with the bundle's path it was made for (one line), and a
 * cache made elsewhere (by the build, in another checkout; copied with an
 * install) is not used but made again here.
 */
const { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } = require('node:fs')
const path = require('node:path')

const args = process.argv.slice(2)

// A reader that stops early (`casefile compile archive/ --format ndjson | head`) is not an error
// of casefile's: stop quietly, as other command-line tools do, instead of with a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(process.exitCode ?? 0)
  })

/** The bundle, compiled with the code cache made for the same build when there is one. */
function load() {
  const { Script } = require('node:vm')
  const { createRequire } = require('node:module')
  const dir = path.join(__dirname, '..', 'dist', 'bundle')
  const bundle = path.join(dir, 'cli.cjs')
  const source = readFileSync(bundle, 'utf8')
  const build = /^\/\/ casefile-build ([0-9a-f]{16})\n/.exec(source)?.[1]
  const useCache = build !== undefined && process.env.CASEFILE_CODE_CACHE !== '0'
  const cache = path.join(dir, `cli.${build}.cache`)
  const header = Buffer.from(`casefile-cache ${bundle}\n`)
  let cachedData
  if (useCache) {
    try {
      const bytes = readFileSync(cache)
      // Made for this path, or not used (a cache made elsewhere names the wrong path in stack traces).
      if (bytes.subarray(0, header.length).equals(header)) cachedData = bytes.subarray(header.length)
    } catch {
      // No cache yet: this run makes one.
    }
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData
  })
  const module = { exports: {} }
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dir)
  /**
   * After a run: keep the bytecode compiled so far, when the run compiled a document on this
   * thread (a batch compiles in worker threads: its cache would lack the compiler).
   */
  const save = () => {
    if (!useCache || (cachedData && !script.cachedDataRejected) || !(module.exports.compiledHere?.() > 0)) return
    const temporary = `${cache}.${process.pid}.tmp`
    let fd
    try {
      fd = openSync(temporary, 'wx') // first: where it cannot be written, the cache is not even made
    } catch {
      return
    }
    try {
      try {
        writeSync(fd, header)
        writeSync(fd, script.createCachedData())
      } finally {
        closeSync(fd)
      }
      renameSync(temporary, cache)
    } catch {
      rmSync(temporary, { force: true })
    }
  }
  return { main: module.exports.main, save }
}

async function run() {
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    // The fast path: nothing to load but the version module (what commander prints for `--version` too).
    const { version } = await import('../dist/version.js')
    process.stdout.write(`${version}\n`)
    return
  }
  const { main, save } = load()
  process.exitCode = await main({
    argv: args,
    get stdin() {
      return process.stdin // made only when read: creating it costs a start ~5 ms
    },
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env
  })
  save()
  // For the benchmark: the peak resident memory of this process, workers included.
  if (process.env.CASEFILE_REPORT_RSS)
    process.stderr.write(
      `max-rss-kb ${process.resourceUsage().maxRSS} heap-used-kb ${Math.round(process.memoryUsage().heapUsed / 1024)}\n`
    )
}

run().catch((error) => {
  process.stderr.write(`casefile: cannot start: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 2
})
