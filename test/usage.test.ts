/**
 * What the user can get wrong on the command line: every option of every
 * command given a bad value is a usage error (exit 2, one clear line), never
 * "internal error — this is a bug" with a stack trace.
 */
import { describe, expect, it } from 'vitest'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { binary, cli, workspace } from './cli-helpers.js'
import { parsed, seedPath } from './helpers.js'

/** Bad values for each option of each command, as argument lists. */
const BAD: Record<string, Record<string, string[][]>> = {
  compile: {
    '--format': [['memo.md', '--format', 'xml']],
    '--max-warnings': [
      ['memo.md', '--max-warnings', '-1'],
      ['memos', '--max-warnings', 'x']
    ],
    '--output': [
      ['memo.md', '-o', 'memos'],
      ['memo.md', '-o', 'a-file/x.json'],
      ['memo.md', '--output']
    ],
    '--out-dir': [
      ['memos', '--out-dir', 'a-file'],
      ['memos', '--out-dir', 'a-file/x']
    ],
    '--files-from': [
      ['--files-from', 'nope.txt'],
      ['--files-from', 'memos']
    ],
    '--root': [
      ['memos', '--root', 'memos', '--format', 'ndjson'],
      ['memos', '--out-dir', 'out', '--root']
    ],
    '--incremental': [['memos', '--out-dir', 'out', '--incremental=yes']],
    '--prune': [
      ['memos', '--prune'],
      ['memos', '--out-dir', 'out', '--shard', '1/2', '--prune']
    ],
    '--jobs': [
      ['memos', '--jobs', '0'],
      ['memos', '--jobs', 'two'],
      ['memos', '--jobs', '100000']
    ],
    '--max-bytes': [
      ['memos', '--max-bytes', '0'],
      ['memo.md', '--max-bytes', '1.5']
    ],
    '--timeout': [
      ['memos', '--timeout', '-1'],
      ['memo.md', '--timeout', '99999999999']
    ],
    '--max-memory': [
      ['memos', '--max-memory', '0'],
      ['memos', '--max-memory', 'lots']
    ],
    '--shard': [
      ['memos', '--shard', '0/4'],
      ['memos', '--shard', '5/4'],
      ['memos', '--shard', 'half']
    ],
    '--encoding': [['memo.md', '--encoding', 'ebcdic']],
    '--follow-symlinks': [['memos', '--follow-symlinks=yes']],
    '--no-provenance': [['memo.md', '--no-provenance=1']],
    '--ignore-pattern': [['memos', '--ignore-pattern']],
    '--config': [
      ['memo.md', '--config', 'nope.yml'],
      ['memos', '--config', 'memos'],
      ['memos', '--config', 'bad.yml'],
      ['memo.md', '-c', 'bad.yml']
    ],
    '--no-config': [['memo.md', '--no-config=1']],
    '--quiet': [['memo.md', '--quiet=1']],
    '--stdin-filename': [
      ['-', '--stdin-filename'],
      ['memo.md', '--stdin-filename', 'x.md']
    ],
    '--color': [['memo.md', '--color=red']],
    '--no-color': [['memo.md', '--no-color=1']],
    '--erms-version': [['memo.md', '--format', 'erms', '--erms-version', '4.0']],
    '--created': [['memo.md', '--format', 'erms', '--created', 'yesterday']],
    '--schemas': [['memo.md', '--format', 'erms', '--schemas', 'nowhere']],
    '--allow-personal-numbers': [['memo.md', '--allow-personal-numbers=yes']]
  },
  check: {
    '--stdin-filename': [['-', '--stdin-filename']],
    '--encoding': [['memo.md', '--encoding', 'ebcdic']],
    '--config': [
      ['memo.md', '--config', 'nope.yml'],
      ['memo.md', '-c', 'bad.yml']
    ],
    '--no-config': [['memo.md', '--no-config=1']],
    '--follow-symlinks': [['memos', '--follow-symlinks=yes']],
    '--max-bytes': [['memo.md', '--max-bytes', '0']],
    '--timeout': [
      ['memo.md', '--timeout', '-1'],
      ['memo.md', '--timeout', '99999999999']
    ],
    '--max-memory': [['memo.md', '--max-memory', 'lots']],
    '--print-config': [['--print-config']],
    '--ignore-pattern': [['memos', '--ignore-pattern']],
    '--format': [['memo.md', '--format', 'xml']],
    '--output-file': [
      ['memo.md', '-o', 'memos'],
      ['memo.md', '-o', 'a-file/x.txt']
    ],
    '--quiet': [['memo.md', '--quiet=1']],
    '--max-warnings': [
      ['memo.md', '--max-warnings', '-1'],
      ['memo.md', '--max-warnings', 'x']
    ],
    '--color': [['memo.md', '--color=red']],
    '--no-color': [['memo.md', '--no-color=1']]
  },
  ast: {
    '': [[], ['memos'], ['nope.md'], ['memo.md', 'memo.md']],
    '--max-bytes': [['memo.md', '--max-bytes', '0']],
    '--timeout': [['memo.md', '--timeout', 'soon']],
    '--max-memory': [['memo.md', '--max-memory', '-5']]
  },
  review: {
    '': [[], ['nope.md'], ['memos']],
    '--output': [
      ['memo.md', '-o', 'memos'],
      ['memo.md', '-o', 'a-file/x.html']
    ],
    '--lang': [['memo.md', '--lang', 'fi']],
    '--config': [['memo.md', '--config', 'nope.yml']],
    '--no-config': [['memo.md', '--no-config=1']],
    '--encoding': [['memo.md', '--encoding', 'ebcdic']],
    '--max-bytes': [['memo.md', '--max-bytes', '0']],
    '--timeout': [['memo.md', '--timeout', 'soon']],
    '--max-memory': [['memo.md', '--max-memory', '-5']]
  },
  report: {
    '': [[], ['nope'], ['memos']],
    '--output': [['memos', '-o', 'a-file/x.html']],
    '--with-reviews': [['memos', '--with-reviews=1']],
    '--lang': [['memos', '--lang', 'fi']],
    '--config': [['memos', '--config', 'nope.yml']],
    '--no-config': [['memos', '--no-config=1']]
  },
  diff: {
    '': [[], ['memo.md'], ['memo.md', 'nope.json']],
    '--format': [['memo.md', 'memo.md', '--format', 'xml']],
    '--output': [['memo.md', 'memo.md', '-o']],
    '--lang': [['memo.md', 'memo.md', '--lang', 'fi']]
  },
  package: {
    '': [[], ['memo.md']],
    '--out': [['memo.md', '--out']],
    '--erms-version': [['memo.md', '--out', 'p.zip', '--erms-version', '4.0']],
    '--created': [['memo.md', '--out', 'p.zip', '--created', 'yesterday']],
    '--schemas': [['memo.md', '--out', 'p.zip', '--schemas', 'nowhere']],
    '--allow-personal-numbers': [['memo.md', '--out', 'p.zip', '--allow-personal-numbers=1']],
    '--config': [['memo.md', '--out', 'p.zip', '--config', 'nope.yml']],
    '--no-config': [['memo.md', '--out', 'p.zip', '--no-config=1']],
    '--ignore-pattern': [['memos', '--out', 'p.zip', '--ignore-pattern']],
    '--follow-symlinks': [['memos', '--out', 'p.zip', '--follow-symlinks=1']],
    '--max-bytes': [['memo.md', '--out', 'p.zip', '--max-bytes', '0']],
    '--quiet': [['memo.md', '--out', 'p.zip', '--quiet=1']]
  },
  rules: { '': [['extra']] },
  schema: { '': [['extra']] }
}

/** The long options a command's help lists (without --help). */
async function optionsOf(command: string, cwd: string): Promise<string[]> {
  const help = (await cli([command, '--help'], cwd)).stdout
  return [...help.matchAll(/^\s+(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]!).filter((o) => o !== '--help')
}

describe('bad values for every option', () => {
  it('the table names every option that each command takes', async () => {
    const dir = workspace()
    for (const command of Object.keys(BAD)) {
      const listed = Object.keys(BAD[command]!).filter((o) => o !== '')
      expect({ command, options: listed.sort() }).toEqual({ command, options: (await optionsOf(command, dir)).sort() })
    }
  })

  const cases = Object.entries(BAD).flatMap(([command, options]) =>
    Object.entries(options).flatMap(([option, lists]) =>
      lists.map((args) => [`${command} ${option}`.trim(), [command, ...args]] as const)
    )
  )
  it.each(cases)('%s: %j exits 2 with a message, not a bug report', async (_name, args) => {
    const r = await cli([...args], workspace())
    expect(r.stderr).not.toMatch(/this is a bug|internal error|\n\s+at /)
    expect(r.stderr).toMatch(/\S/)
    expect(r.code).toBe(2)
  })
})

describe('-o into a folder that does not exist', () => {
  it('compile creates the folder and writes the record', async () => {
    const dir = workspace()
    const r = await cli(['compile', 'memo.md', '-o', 'records/2020/memo.json', '-q'], dir)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(parsed(readFileSync(join(dir, 'records/2020/memo.json'), 'utf8')).metadata.caseNumber).toBe('RUN/24/2020')
  })

  it('check creates the folder and writes the report', async () => {
    const dir = workspace()
    const r = await cli(['check', 'memo.md', '-f', 'json', '-o', 'reports/ci/check.json'], dir)
    expect(r.code).toBe(0)
    expect(existsSync(join(dir, 'reports/ci/check.json'))).toBe(true)
    expect(
      parsed<Array<{ filePath: string }>>(readFileSync(join(dir, 'reports/ci/check.json'), 'utf8'))[0]!.filePath
    ).toBe('memo.md')
  })
})

describe('options that do not fit the inputs', () => {
  const cases: Array<[string, string[], RegExp]> = [
    [
      '-o with a directory',
      ['compile', 'memos', '-o', 'all.json'],
      /-o\/--output writes the record of one file; .* give --out-dir DIR/
    ],
    ['-o with a glob', ['compile', 'memos/*.md', '-o', 'all.json'], /give --out-dir DIR/],
    ['-o with several files', ['compile', 'memo.md', 'memos/a.md', '-o', 'all.json'], /give --out-dir DIR/],
    ['-o with --files-from', ['compile', '--files-from', 'list.txt', '-o', 'all.json'], /give --out-dir DIR/],
    [
      '-o with --out-dir',
      ['compile', 'memos', '--out-dir', 'out', '-o', 'all.json'],
      /-o\/--output and --out-dir both say where to write/
    ],
    [
      '--incremental without --out-dir (batch)',
      ['compile', 'memos', '--incremental'],
      /--incremental compares the inputs with the manifest in --out-dir: add --out-dir DIR/
    ],
    [
      '--incremental without --out-dir (one file)',
      ['compile', 'memo.md', '--incremental'],
      /add --out-dir DIR, or leave out --incremental/
    ],
    ['--shard on one file', ['compile', 'memo.md', '--shard', '1/2'], /--shard splits a batch .* leave out --shard/],
    ['--shard on standard input', ['compile', '-', '--shard', '1/2'], /leave out --shard/]
  ]
  it.each(cases)('%s: exit 2, says what to do instead, writes nothing', async (_name, args, message) => {
    const dir = workspace()
    writeFileSync(join(dir, 'list.txt'), 'memo.md\n')
    const r = await cli(args, dir)
    expect(r.stderr).toMatch(message)
    expect(r.stdout).toBe('')
    expect(r.code).toBe(2)
    expect(existsSync(join(dir, 'all.json'))).toBe(false)
    expect(existsSync(join(dir, 'out'))).toBe(false)
  })

  it('--shard with a directory and --incremental with --out-dir still run', async () => {
    const dir = workspace()
    expect(await cli(['compile', 'memos', '--shard', '1/1', '-q'], dir)).toMatchObject({ code: 0, stderr: '' })
    expect(await cli(['compile', 'memos', '--out-dir', 'out', '--incremental', '-q'], dir)).toMatchObject({
      code: 0,
      stderr: ''
    })
  })
})

describe('exit codes', () => {
  it('bare `casefile` prints the help on stderr and exits 2', async () => {
    const r = await cli([], workspace())
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('Usage: casefile [options] [command]')
  })

  it('a missing input in a compile batch exits 2, as in check; the inputs that exist are compiled', async () => {
    const dir = workspace()
    const r = await cli(['compile', 'memo.md', 'nope.md', '--out-dir', 'out', '-q'], dir)
    expect(r.stderr).toContain('casefile: nope.md: no such file or directory')
    expect(r.code).toBe(2)
    expect(existsSync(join(dir, 'out', 'memo.json'))).toBe(true)
    expect((await cli(['check', 'memo.md', 'nope.md', '-q'], dir)).code).toBe(2)
  })

  it('a compile batch whose inputs all are missing exits 2 and creates no out dir or manifest', async () => {
    const dir = workspace()
    const r = await cli(['compile', 'nope.md', 'gone/*.md', '--out-dir', 'records/2020'], dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('casefile: nope.md: no such file or directory')
    expect(existsSync(join(dir, 'records'))).toBe(false)
    const streamed = await cli(['compile', 'nope.md', 'gone/*.md'], dir)
    expect(streamed).toMatchObject({ code: 2, stdout: '' })
  })

  it('an existing out dir is left as it was when nothing is found', async () => {
    const dir = workspace()
    expect((await cli(['compile', 'memos', '--out-dir', 'out', '-q'], dir)).code).toBe(0)
    const before = readFileSync(join(dir, 'out', 'manifest.jsonl'), 'utf8')
    expect((await cli(['compile', 'memoz', '--out-dir', 'out', '-q'], dir)).code).toBe(2)
    expect(readFileSync(join(dir, 'out', 'manifest.jsonl'), 'utf8')).toBe(before)
  })
})

describe('compile - (standard input)', () => {
  const memo = readFileSync(seedPath, 'utf8')

  it('--stdin-filename names it in the record and in the messages', async () => {
    const r = await cli(['compile', '-', '--stdin-filename', 'arenden/KS-2020-1.md'], workspace(), memo)
    expect(r.code).toBe(0)
    expect(parsed(r.stdout).source.path).toBe('arenden/KS-2020-1.md')
    expect(r.stderr.split('\n')[0]).toBe('arenden/KS-2020-1.md')
    expect(parsed((await cli(['compile', '-'], workspace(), memo)).stdout).source.path).toBe('-')
  })

  it('--stdin-filename decides which configuration applies', async () => {
    const dir = workspace()
    mkdirSync(join(dir, 'strict'))
    writeFileSync(join(dir, 'strict', '.casefilerc.yml'), 'rules:\n  empty-field: fatal\n')
    expect((await cli(['compile', '-', '--stdin-filename', 'strict/memo.md'], dir, memo)).code).toBe(2)
    expect((await cli(['compile', '-', '--stdin-filename', 'memo.md', '-q'], dir, memo)).code).toBe(0)
  })

  it('--color and --no-color as in check', async () => {
    const dir = workspace()
    expect((await cli(['compile', '-', '--color'], dir, memo)).stderr).toContain('\u001b[')
    expect((await cli(['compile', '-', '--no-color'], dir, memo)).stderr).not.toContain('\u001b[')
    expect((await cli(['compile', 'memo.md', '--color'], dir)).stderr).toContain('\u001b[')
  })
})

describe('a bad configuration inside a batch', () => {
  it('gives a clean exit 2 when streaming, as with --out-dir', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'memos', '.casefilerc.yml'), 'rules:\n  empty-field: fatal\n')
    const expected =
      `casefile: ${join(dir, 'memos', '.casefilerc.yml')}:2:3: rule \`empty-field\` has severity ` +
      `\`fatal\`, expected one of \`off\`, \`info\`, \`warn\`, \`error\`\n`
    for (const args of [
      ['memos', '--format', 'ndjson'],
      ['memos', '--format', 'yaml'],
      ['memos'],
      ['memos', '--out-dir', 'out']
    ]) {
      const r = await cli(['compile', ...args], dir)
      expect({ args, code: r.code, stderr: r.stderr }).toEqual({ args, code: 2, stderr: expected })
    }
    // The built binary reads the configuration in its coordinator thread, which in-process runs do not start.
    const built = binary(['compile', 'memos', '--format', 'ndjson'], dir)
    expect({ code: built.code, stderr: built.stderr }).toEqual({ code: 2, stderr: expected })
  })
})
