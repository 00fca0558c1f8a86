// ESLint (flat config): typescript-eslint's strict and stylistic type-checked rules over the code,
// type information from tsconfig.eslint.json (tsconfig.json widened to test/, scripts/, bench/).
// Formatting is Prettier's (.prettierrc.json); `max-len` catches what Prettier cannot wrap.
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default defineConfig(
  {
    ignores: [
      'dist/',
      'coverage/',
      '.vitest/',
      '.bench/',
      'bench/tmp/',
      'test/.recipes/',
      'fixtures/',
      'test/scenarios/'
    ]
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { project: './tsconfig.eslint.json', tsconfigRootDir: import.meta.dirname }
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'max-len': ['error', { code: 120, tabWidth: 2 }]
    }
  }
)
