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
      // No line over 120 characters: Prettier wraps code; this catches the strings, comments and regexes it cannot.
      'max-len': ['error', { code: 120, tabWidth: 2 }],
      // The code runs with noUncheckedIndexedAccess: `m[1]!`, `lines[0]!`, `.at(-1)!` is the written assertion.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Numbers in messages, paths and ids are deliberate; the rule's catch is objects, null and undefined.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // The code's own style: `T[]` for a simple element type, `Array<{ … }>` where brackets would be hard to read.
      '@typescript-eslint/array-type': ['error', { default: 'array-simple' }],
      // `() => f()` is the idiom for a callback that calls one function; braces would say nothing more.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // `this: void` on a method signature is how a rule's `check` says it may be called unbound.
      '@typescript-eslint/no-invalid-void-type': ['error', { allowAsThisParameter: true }],
      // Matching control characters is the point where it is done: escaping, sanitising, XML 1.0's forbidden set.
      'no-control-regex': 'off'
    }
  },
  {
    // Plain JavaScript that TypeScript does not check (checkJs is off): what JSON.parse, require and a child
    // process give is `any`, and there is no type to write. The other typed rules still apply.
    files: ['**/*.{js,mjs,cjs}'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/use-unknown-in-catch-callback-variable': 'off'
    }
  },
  {
    // The command's shell is CommonJS on purpose: it loads the bundle (and its code cache) with require.
    files: ['bin/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  }
)
