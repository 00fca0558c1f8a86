/** A configuration with mistakes: every one reported at once, each at its line and column, with a suggestion. */
import { describe, expect, it } from 'vitest'
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadConfigFile } from '../src/check/config.js'
import { didYouMean } from '../src/vocab/did-you-mean.js'
import { seedPath } from './helpers.js'
import { cli, workspace } from './cli-helpers.js'

function configFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-config-'))
  writeFileSync(join(dir, name), text)
  cpSync(seedPath, join(dir, 'memo.md'))
  return dir
}

function problems(path: string): string[] {
  try {
    loadConfigFile(path)
  } catch (error) {
    return (error as Error).message.split('\n').map((line) => line.slice(path.length))
  }
  return []
}

describe('configuration errors', () => {
  it('are all reported at once, each with line:column, rule names with a did-you-mean', () => {
    const dir = configFile(
      '.casefilerc.yml',
      [
        'rules:',
        '  empty-feild: off',
        '  template-text: fatal',
        '  unit-mismatch: [warn, { maxDistanse: 2 }]',
        'vocabulary:',
        '  headings:',
        '    proposal: [Förslag]',
        'rulez: {}',
        ''
      ].join('\n')
    )
    expect(problems(join(dir, '.casefilerc.yml'))).toEqual([
      ':2:3: unknown rule `empty-feild`; run `casefile rules` to list the rules; did you mean `empty-field`?',
      ':3:3: rule `template-text` has severity `fatal`, expected one of `off`, `info`, `warn`, `error`',
      ':4:27: rule `unit-mismatch` has no option `maxDistanse`; did you mean `maxDistance`?',
      ':7:5: unknown role `proposal` in `vocabulary.headings`, expected one of summary, description, ' +
        'background, assessment, consequences, decisionBasis, proposals, decision, distribution, attachments, ' +
        'proceedings, other; did you mean `proposals`?',
      ':8:1: unknown key `rulez`, expected `rules`, `vocabulary` or `export`; did you mean `rules`?'
    ])
  })

  it('says that a failure id is not a rule, and that a compile-only id of old is a rule now', () => {
    const dir = configFile('.casefilerc.yml', 'rules:\n  binary: off\n  title-from-plain-line: off\n')
    expect(problems(join(dir, '.casefilerc.yml'))).toEqual([
      ':2:3: `binary` is a failure, not a rule (The file holds NUL bytes: a binary file, not a text.) The input ' +
        'gets no record, so no severity can be set for it; remove it from `rules`'
    ])
  })

  it('places problems in JSON and in package.json, and syntax errors too', () => {
    const json = configFile(
      '.casefilerc.json',
      '{\n  "rules": {\n    "empty-feild": "off",\n    "no-such-rule": "warn"\n  }\n}\n'
    )
    expect(problems(join(json, '.casefilerc.json'))).toEqual([
      ':3:5: unknown rule `empty-feild`; run `casefile rules` to list the rules; did you mean `empty-field`?',
      ':4:5: unknown rule `no-such-rule`; run `casefile rules` to list the rules'
    ])
    const pkg = configFile(
      'package.json',
      '{\n  "name": "x",\n  "rules": {},\n  "casefile": {\n    "rules": { "empty-feild": "off" }\n  }\n}\n'
    )
    expect(problems(join(pkg, 'package.json'))).toEqual([
      '#casefile:5:16: unknown rule `empty-feild`; run `casefile rules` to list the rules; did you mean `empty-field`?'
    ])
    expect(problems(join(configFile('.casefilerc.yml', 'rules:\n  a: [b\n'), '.casefilerc.yml'))[0]).toMatch(
      /^:3:1: not valid YAML: /
    )
    expect(problems(join(configFile('.casefilerc.json', '{"rules": {}\n'), '.casefilerc.json'))[0]).toMatch(
      /^:2:1: not valid JSON: /
    )
  })

  it('stop check and compile with exit 2, one line a problem', async () => {
    const dir = configFile('.casefilerc.yml', 'rules:\n  empty-feild: off\n  template-text: fatal\n')
    for (const command of ['check', 'compile']) {
      const r = await cli([command, 'memo.md'], dir)
      expect(r.code).toBe(2)
      expect(r.stderr.replaceAll(dir, '<dir>')).toBe(
        'casefile: <dir>/.casefilerc.yml:2:3: unknown rule `empty-feild`; run `casefile rules` to list the ' +
          'rules; did you mean `empty-field`?\n' +
          'casefile: <dir>/.casefilerc.yml:3:3: rule `template-text` has severity `fatal`, expected one of ' +
          '`off`, `info`, `warn`, `error`\n'
      )
    }
  })

  it('did-you-mean suggests only near names', () => {
    expect(didYouMean('empty-feild', ['empty-field', 'missing-date'])).toBe('empty-field')
    expect(didYouMean('EMPTY-FIELD', ['empty-field'])).toBe('empty-field')
    expect(didYouMean('no-such-rule', ['empty-field', 'missing-date'])).toBeNull()
  })
})

describe('a file named on the command line that an ignore pattern leaves out', () => {
  it('check reports a warning for it (like ESLint), and checks the rest', async () => {
    const dir = workspace()
    writeFileSync(join(dir, '.casefileignore'), 'memo.md\n')
    const r = await cli(['check', 'memo.md', 'memos', '--format', 'compact'], dir)
    expect(r.stdout.split('\n')[0]).toBe(
      'memo.md:1:1: warning File ignored because a pattern in `.casefileignore` matches it, though it was ' +
        'named; it was not checked. Change the pattern to check it, or stop naming it'
    )
    expect(r.stdout).toContain('memos/a.md:11:1: warning Unexpected empty `E-post:` field')
    expect(r.code).toBe(0)
    expect((await cli(['check', 'memo.md', '--ignore-pattern', 'memo.md', '--max-warnings', '0'], dir)).code).toBe(1)
    // Walked into, an ignored file is left out without a word, as before.
    expect((await cli(['check', '.', '--format', 'compact'], dir)).stdout).not.toContain('memo.md:1:1')
  })

  it('a compile batch warns on stderr and compiles the rest', async () => {
    const dir = workspace()
    const r = await cli(['compile', 'memo.md', 'memos/a.md', '--ignore-pattern', 'memo.md', '--out-dir', 'out'], dir)
    expect(r.code).toBe(0)
    expect(r.stderr).toContain(
      'casefile: warning: memo.md: File ignored because `--ignore-pattern` matches it, though it was named; it ' +
        'was not compiled. Change the pattern to compile it, or stop naming it\n'
    )
    expect(r.stderr).toContain('casefile: 1 inputs: 0 ok, 1 with warnings, 0 failed')
  })
})
