import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ first when src/ is newer: the CLI tests run the built code.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60000,
    hookTimeout: 60000,
    pool: 'forks',
    // The JSON report lets CI print one closing line: `N passed, N failed`.
    reporters: ['default', ['json', { outputFile: '.vitest/results.json' }]]
  }
})
