import { describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { checkFile } from '../src/check/run.js'
import { configFrom, defaultConfig } from '../src/check/config.js'
import { isPersonalNumber } from '../src/rules/personal-number.js'
import { parsed, root, seedPath } from './helpers.js'

const ids = (text: string, path = 'memo.md', config = defaultConfig()) =>
  checkFile(Buffer.from(text), path, config).messages.map((m) => m.ruleId)

describe('personal-number', () => {
  it('finds personnummer and samordningsnummer with a valid date and check digit', () => {
    expect(isPersonalNumber('121212', '-', '1212')).toBe('personnummer')
    expect(isPersonalNumber('19121212', '-', '1212')).toBe('personnummer')
    expect(isPersonalNumber('701063', '-', '2391')).toBe('samordningsnummer')
    expect(isPersonalNumber('121212', '-', '1213')).toBeNull()
    expect(isPersonalNumber('121232', '-', '1212')).toBeNull()
  })
  it('is not triggered by phone numbers, case numbers, dates or year ranges', () => {
    const text = [
      'Tfn: 063146619, 0701-234567, 08-581 690 00, +46 70 123 45 67, 0156-523 32',
      'Dnr 2015-5613, BN-2024-00241, KS 2017/421, SN 18/0098, 2018/KS 0290 10',
      'Datum 2020-08-28, 2015-2020, 20200828, 2014-02-09 1234'
    ].join('\n\n')
    expect(ids(text).filter((id) => id === 'personal-number')).toEqual([])
    expect(ids('Sökande 121212-1212 och 197010632391.').filter((id) => id === 'personal-number')).toEqual([
      'personal-number',
      'personal-number'
    ])
  })
})

describe('mojibake', () => {
  it('finds UTF-8 read as Windows-1252 and says what it was', () => {
    const file = checkFile(Buffer.from('# VÃ¤lfÃ¤rd och Ã–rnsberg\n'), 'm.md', defaultConfig())
    const found = file.messages.filter((m) => m.ruleId === 'mojibake')
    expect(found.map((m) => m.reason.split(',')[0])).toEqual(['Unexpected `VÃ¤lfÃ¤rd`', 'Unexpected `Ã–rnsberg`'])
    expect(found[0]!.reason).toContain('expected `Välfärd`')
    expect(ids('Välfärd, Örnsberg, Å, “citat” – ok').filter((id) => id === 'mojibake')).toEqual([])
  })
})

describe('configuration', () => {
  it('rejects unknown keys, rules, options and bad patterns with the file named', () => {
    expect(() => configFrom({ rulez: {} }, 'a.yml')).toThrow(
      'a.yml: unknown key `rulez`, expected `rules`, `vocabulary` or `export`'
    )
    expect(() => configFrom({ rules: { 'unit-mismatch': ['warn', { distance: 2 }] } }, 'a.yml')).toThrow(
      'a.yml: rule `unit-mismatch` has no option `distance`'
    )
    expect(() => configFrom({ rules: { 'unit-mismatch': ['warn', { maxDistance: 'two' }] } }, 'a.yml')).toThrow(
      'must be a number'
    )
    expect(() => configFrom({ vocabulary: { caseNumbers: ['(unclosed'] } }, 'a.yml')).toThrow('bad pattern `(unclosed`')
    expect(() => configFrom({ vocabulary: { headings: { proposal: ['X'] } } }, 'a.yml')).toThrow(
      'unknown role `proposal`'
    )
  })
  it('sets severities and options', () => {
    const config = configFrom(
      { rules: { 'empty-field': 'off', 'unit-mismatch': ['error', { maxDistance: 1 }] } },
      'a.yml'
    )
    const file = checkFile(readFileSync(seedPath), 'RUN-24-2020.md', config)
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([
      ['unit-from-position', undefined],
      ['unit-mismatch', true],
      ['template-text', false]
    ])
  })
})

describe('check CLI details', () => {
  it('writes --output-file and nothing on stdout; FORCE_COLOR colours the stylish report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casefile-out-'))
    const bin = join(root, 'bin', 'casefile.cjs')
    const r = spawnSync(process.execPath, [bin, 'check', seedPath, '-f', 'sarif', '-o', join(dir, 'out.sarif')], {
      encoding: 'utf8'
    })
    expect(r.status).toBe(0)
    expect(r.stdout).toBe('')
    expect(readdirSync(dir)).toEqual(['out.sarif'])
    expect(
      parsed<{ runs: Array<{ results: unknown[] }> }>(readFileSync(join(dir, 'out.sarif'), 'utf8')).runs[0]!.results
    ).toHaveLength(4)
    const coloured = spawnSync(process.execPath, [bin, 'check', seedPath], {
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '1', NO_COLOR: '' }
    })
    expect(coloured.stdout).toMatch(/\u001b\[33mwarning/)
    const plain = spawnSync(process.execPath, [bin, 'check', seedPath], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' }
    })
    expect(plain.stdout).not.toMatch(/\u001b\[/)
  })
})
