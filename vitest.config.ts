import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    testTimeout: 60000,
    hookTimeout: 60000,
    // One worker per core (vitest's default leaves one core out: on a two-core machine, one file at a time).
    // Most of the suite's time is spent waiting on child processes and worker threads, which overlap well.
    maxWorkers: '100%',
    // The JSON report lets CI print one closing line: `N passed, N failed`.
    reporters: ['default', ['json', { outputFile: '.vitest/results.json' }]],
    projects: [
      {
        extends: true,
        test: {
          // The rule-tester files: 23 small files of pure, in-process checks. Sharing one module graph
          // (no isolation, threads) spares each file the second it would spend importing casefile.
          name: 'rules',
          include: ['test/rules/**/*.test.ts'],
          pool: 'threads',
          isolate: false
        }
      },
      {
        extends: true,
        test: {
          name: 'suite',
          include: ['test/*.test.ts'],
          pool: 'forks',
          isolate: false,
          // Builds dist/ first when src/ is newer: the CLI tests run the built code.
          globalSetup: ['test/global-setup.ts']
        }
      }
    ]
  }
})
