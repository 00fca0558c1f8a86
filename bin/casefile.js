#!/usr/bin/env node
const args = process.argv.slice(2)

if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // The fast path: nothing to load but the version module (what commander prints for `--version` too).
  const { version } = await import('../dist/version.js')
  process.stdout.write(`${version}\n`)
} else {
  const { main } = await import('../dist/bundle/main.js')
  process.exitCode = await main({
    argv: args,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env
  })
  // For the benchmark: the peak resident memory of this process, workers included.
  if (process.env.CASEFILE_REPORT_RSS) process.stderr.write(`max-rss-kb ${process.resourceUsage().maxRSS} heap-used-kb ${Math.round(process.memoryUsage().heapUsed / 1024)}\n`)
}
