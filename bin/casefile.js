#!/usr/bin/env node
import { main } from '../dist/bundle/main.js'

const code = await main({
  argv: process.argv.slice(2),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env
})
process.exitCode = code
// For the benchmark: the peak resident memory of this process, workers included.
if (process.env.CASEFILE_REPORT_RSS) process.stderr.write(`max-rss-kb ${process.resourceUsage().maxRSS} heap-used-kb ${Math.round(process.memoryUsage().heapUsed / 1024)}\n`)
