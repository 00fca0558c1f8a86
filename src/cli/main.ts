/**
 * The casefile command line. `main` takes its world as arguments and returns
 * the exit code, so tests run it in-process; bin/casefile.cjs is a thin shell.
 * Commands load their machinery when they run, so `--version` stays fast.
 */
import { Command, CommanderError, Option } from 'commander'
import { widthOf, writeError, type Io } from './io.js'
import { ENCODINGS, type Encoding } from '../read/encodings.js'
import { UsageError } from '../errors.js'
import { REPORTERS } from '../check/reporters/names.js'
import { version } from '../version.js'
import { loadView } from './view-loader.js'

export type { Io } from './io.js'
/** For bin/casefile.cjs: whether this run compiled a document here (see compiled-here.ts). */
export { compiledHere } from '../compiled-here.js'

const EXAMPLES = `
Examples:
  $ casefile compile fixtures/RUN-24-2020.md
  $ casefile compile memo.md --format yaml -o memo.yaml
  $ cat memo.md | casefile compile - --format json
  $ casefile ast memo.md
  $ casefile compile archive/ --out-dir records/ --incremental
  $ casefile check arenden/ --format github
  $ casefile schema > record.schema.json

Exit codes: 0 success; 1 an input failed (compile) or findings (check); 2 usage,
configuration or input that could not be read; 130 interrupted (compile --out-dir).`

function useColor(io: Io, stream: NodeJS.WritableStream): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false'
  return Boolean((stream as { isTTY?: boolean }).isTTY)
}

export async function main(io: Io): Promise<number> {
  let exitCode = 0
  const program = new Command()
  program
    .name('casefile')
    .description('Compile Swedish case documents (tjänsteskrivelser) from Markdown into archivable records.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run `casefile --help` for usage)')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s)
    })

  program
    .command('compile')
    .description('compile case files into records: one to stdout, or many as a stream or into --out-dir')
    .argument('[inputs...]', 'files, directories (their .md and .markdown files), globs, or - for standard input')
    .addOption(
      new Option(
        '-f, --format <format>',
        'output format; erms: a CITS ERMS document per input (with --out-dir, `<input>.erms.xml` instead of the ' +
          'JSON record), validated before it is written'
      )
        .choices(['json', 'yaml', 'ndjson', 'erms'])
        .default('json')
    )
    .option('-o, --output <file>', 'write the record of a single input to a file (atomically) instead of stdout')
    .option('--out-dir <dir>', "write one record per input here, mirroring the inputs' paths, with a manifest")
    .option(
      '--root <dir>',
      "the folder --out-dir mirrors (default: each input's own: a directory's contents, a glob's part after its " +
        "fixed folders, files' common folder)"
    )
    .option('--files-from <file>', 'read input paths from a file, one a line (- for standard input)')
    .option('--incremental', 'skip inputs whose bytes, casefile version and configuration match the manifest')
    .option(
      '--prune',
      'remove records in --out-dir that belong to no input of this run (inputs gone, or written in another format)'
    )
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores)', (v) =>
      positiveInteger(v, '--jobs', MAX_JOBS)
    )
    .option('--max-bytes <n>', 'fail inputs larger than this many bytes (default 1000000)', (v) =>
      positiveInteger(v, '--max-bytes')
    )
    .option('--timeout <ms>', 'fail an input that takes longer than this (default 5000)', (v) =>
      positiveInteger(v, '--timeout', MAX_TIMEOUT_MS)
    )
    .option('--max-memory <mb>', 'fail an input that needs more memory than this (default 512)', (v) =>
      positiveInteger(v, '--max-memory')
    )
    .option('--follow-symlinks', 'follow symbolic links that lead outside an input directory')
    .option('--shard <k/n>', 'process only a deterministic 1/n share of the inputs (k = 1…n)')
    .addOption(
      new Option('--encoding <encoding>', 'read inputs in this encoding on purpose (old archives)').choices([
        ...ENCODINGS
      ])
    )
    .option('--no-provenance', 'leave out the map from each record value to its place in the source')
    .option(
      '--ignore-pattern <pattern>',
      'leave out files matching this gitignore pattern (repeatable)',
      (v: string, all?: string[]) => [...(all ?? []), v]
    )
    .option('-c, --config <file>', 'take the vocabulary and the rules from this configuration file')
    .option('--no-config', 'use the built-in vocabulary and rules only')
    .option('--max-warnings <n>', 'exit 1 when the rules find more warnings than this, as check does', (v) =>
      nonNegativeInteger(v, '--max-warnings')
    )
    .option('-q, --quiet', 'print only errors and failures on stderr; no progress bar')
    .option(
      '--stdin-filename <path>',
      "the path of standard input: the record's source.path, and where its configuration is found"
    )
    .option('--color', 'force colours on stderr')
    .option('--no-color', 'no colours')
    .addOption(exportVersionOption())
    .option(
      '--created <date>',
      "erms: the date of the export when the memo has none to give (default SOURCE_DATE_EPOCH, then the memo's date)"
    )
    .option(
      '--schemas <dir>',
      'erms: the folder of the official schemas to validate against (default CASEFILE_SCHEMAS, then export.schemas)'
    )
    .option('--allow-personal-numbers', 'erms: export a memo that holds a personal identity number')
    .addHelpText(
      'after',
      '\nExamples:\n  $ casefile compile fixtures/RUN-24-2020.md --format yaml\n  $ casefile compile archive/ ' +
        '--out-dir records/ --jobs 2\n  $ casefile compile archive/ --out-dir records/ --incremental --shard ' +
        '2/8\n  $ find archive -name "*.md" | casefile compile --files-from - --format ndjson > ' +
        'records.jsonl\n\nExit codes: 0 every input compiled, 1 an input failed or a rule found an error (the ' +
        'record is still written), 2 usage or configuration error.'
    )
    .action(async (inputs: string[], options: Record<string, unknown>) => {
      const { runCompileCommand } = await import('./compile.js')
      const color = typeof options.color === 'boolean' ? options.color : useColor(io, io.stderr)
      exitCode = await runCompileCommand(io, inputs, options, color)
    })

  program
    .command('ast')
    .description('print the case tree (a unist tree with positions) as JSON')
    .argument('<file>', 'a Markdown case file, or - for standard input')
    .option('--max-bytes <n>', 'fail an input larger than this many bytes (default 1000000)', (v) =>
      positiveInteger(v, '--max-bytes')
    )
    .option('--timeout <ms>', 'fail an input that takes longer than this (default 5000)', (v) =>
      positiveInteger(v, '--timeout', MAX_TIMEOUT_MS)
    )
    .option('--max-memory <mb>', 'fail an input that needs more memory than this (default 512)', (v) =>
      positiveInteger(v, '--max-memory')
    )
    .action(async (file: string, options: Record<string, unknown>) => {
      const { runAst } = await import('./compile.js')
      exitCode = await runAst(io, file, {
        color: useColor(io, io.stderr),
        ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes as number } : {}),
        ...(options.timeout !== undefined ? { timeoutMs: options.timeout as number } : {}),
        ...(options.maxMemory !== undefined ? { maxMemoryMb: options.maxMemory as number } : {})
      })
    })

  program
    .command('check')
    .description('check case files for well-formedness (rules, config, reporters for CI)')
    .argument('[inputs...]', 'files, directories (their .md and .markdown files), globs, or - for standard input')
    .option('--stdin-filename <path>', 'the path to report (and find configuration for) when reading standard input')
    .addOption(
      new Option('--encoding <encoding>', 'read inputs in this encoding on purpose (old archives)').choices([
        ...ENCODINGS
      ])
    )
    .option('-c, --config <file>', 'use this configuration file for every input')
    .option('--no-config', 'use the built-in defaults, ignoring configuration files')
    .option('--follow-symlinks', 'follow symbolic links that lead outside an input directory')
    .option('--max-bytes <n>', 'report inputs larger than this many bytes as errors (default 1000000)', (v) =>
      positiveInteger(v, '--max-bytes')
    )
    .option('--timeout <ms>', 'stop checking an input that takes longer than this (default 5000)', (v) =>
      positiveInteger(v, '--timeout', MAX_TIMEOUT_MS)
    )
    .option('--max-memory <mb>', 'stop checking an input that needs more memory than this (default 512)', (v) =>
      positiveInteger(v, '--max-memory')
    )
    .option('--print-config <file>', 'print the configuration that applies to a file, and exit')
    .option(
      '--ignore-pattern <pattern>',
      'leave out files matching this gitignore pattern (repeatable)',
      (v: string, all?: string[]) => [...(all ?? []), v]
    )
    .addOption(new Option('-f, --format <format>', 'report format').choices([...REPORTERS]).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file instead of stdout')
    .option('-q, --quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', (v) =>
      nonNegativeInteger(v, '--max-warnings')
    )
    .option('--color', 'force colours')
    .option('--no-color', 'no colours')
    .addHelpText(
      'after',
      '\nExamples:\n  $ casefile check fixtures/RUN-24-2020.md\n  $ casefile check docs/ --format github ' +
        '--max-warnings 0\n  $ cat memo.md | casefile check - --stdin-filename memo.md\n\nExit codes: 0 clean, ' +
        '1 errors or too many warnings, 2 usage, configuration or I/O failure.'
    )
    .action(async (inputs: string[], options: Record<string, unknown>) => {
      const { runCheck } = await import('./check.js')
      const color = typeof options.color === 'boolean' ? options.color : useColor(io, io.stdout)
      const width = widthOf(io.stdout)
      exitCode = await runCheck(io, inputs, {
        format: options.format as 'stylish',
        color,
        ...(width ? { width } : {}),
        ...(options.stdinFilename ? { stdinFilename: options.stdinFilename as string } : {}),
        ...(options.encoding ? { encoding: options.encoding as Encoding } : {}),
        ...(options.config !== undefined && options.config !== true
          ? { config: options.config as string | false }
          : {}),
        ...(options.printConfig ? { printConfig: options.printConfig as string } : {}),
        ...(options.ignorePattern ? { ignorePattern: options.ignorePattern as string[] } : {}),
        ...(options.outputFile ? { outputFile: options.outputFile as string } : {}),
        ...(options.quiet ? { quiet: true } : {}),
        ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings as number } : {}),
        ...(options.followSymlinks ? { followSymlinks: true } : {}),
        ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes as number } : {}),
        ...(options.timeout !== undefined ? { timeoutMs: options.timeout as number } : {}),
        ...(options.maxMemory !== undefined ? { maxMemoryMb: options.maxMemory as number } : {})
      })
    })

  program
    .command('review')
    .description(
      'write a review page (self-contained HTML) of a memo: its text with every value the record took from it, ' +
        'the record, the diagnostics'
    )
    .argument('<file>', 'a Markdown case file')
    .option('-o, --output <file>', 'write the page to this file instead of stdout')
    .addOption(new Option('--lang <lang>', 'language of the labels').choices(['sv', 'en']).default('sv'))
    .option('-c, --config <file>', 'use this configuration file')
    .option('--no-config', 'use the built-in defaults, ignoring configuration files')
    .addOption(
      new Option('--encoding <encoding>', 'read the input in this encoding on purpose (old archives)').choices([
        ...ENCODINGS
      ])
    )
    .option('--max-bytes <n>', 'refuse an input larger than this many bytes (default 1000000)', (v) =>
      positiveInteger(v, '--max-bytes')
    )
    .option('--timeout <ms>', 'refuse an input that takes longer than this to read (default 5000)', (v) =>
      positiveInteger(v, '--timeout', MAX_TIMEOUT_MS)
    )
    .option('--max-memory <mb>', 'refuse an input that needs more memory than this (default 512)', (v) =>
      positiveInteger(v, '--max-memory')
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ casefile review fixtures/RUN-24-2020.md -o RUN-24-2020.html\n  $ casefile review ' +
        'memo.md --lang en > memo.html\n\nExit codes: 0 the page was written, 2 usage error or an input that ' +
        'cannot be read.'
    )
    .action(async (file: string, options: Record<string, unknown>) => {
      const { runReview } = await loadView()
      exitCode = await runReview(io, file, options)
    })

  program
    .command('report')
    .description(
      'write the report page of an archive run (self-contained HTML) from the manifest of a compile --out-dir'
    )
    .argument('<out-dir>', 'the out dir of `casefile compile --out-dir`')
    .option('-o, --output <file>', 'write the page to this file instead of stdout')
    .option('--with-reviews', "write each input's review page into <out-dir>/review/ and link the files to them")
    .addOption(new Option('--lang <lang>', 'language of the labels').choices(['sv', 'en']).default('sv'))
    .option('-c, --config <file>', 'use this configuration file for the review pages')
    .option('--no-config', 'use the built-in defaults for the review pages, ignoring configuration files')
    .addHelpText(
      'after',
      '\nExamples:\n  $ casefile compile archive/ --out-dir records/\n  $ casefile report records/ -o ' +
        'records/report.html --with-reviews\n\nExit codes: 0 the page was written, 2 usage error or an out dir ' +
        'without a readable manifest.'
    )
    .action(async (outDir: string, options: Record<string, unknown>) => {
      const { runReport } = await loadView()
      exitCode = await runReport(io, outDir, options)
    })

  program
    .command('diff')
    .description('compare two records, or two out dirs: which inputs and fields changed, appeared or disappeared')
    .argument('<a>', 'a record, or an out dir of `casefile compile --out-dir`')
    .argument('<b>', 'the record or out dir to compare it with')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'html']).default('text'))
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .addOption(new Option('--lang <lang>', 'language of the labels (html)').choices(['sv', 'en']).default('sv'))
    .addHelpText(
      'after',
      '\nExamples:\n  $ casefile diff before/memo.json after/memo.json\n  $ casefile diff records-0.1/ ' +
        'records-0.2/ --format html -o upgrade.html\n\nExit codes: 0 identical, 1 different, 2 usage error or ' +
        'an input that is not a record or an out dir.'
    )
    .action(async (a: string, b: string, options: Record<string, unknown>) => {
      const { runDiff } = await loadView()
      exitCode = await runDiff(io, a, b, options)
    })

  program
    .command('package')
    .description(
      'build an E-ARK SIP (FGS Paketstruktur) of memos: their sources, records and CITS ERMS documents, validated'
    )
    .argument('<inputs...>', 'files, directories (their *.md) or globs')
    .requiredOption(
      '--out <path>',
      'write the package here: a .zip file, or else a directory that will hold its folder'
    )
    .addOption(exportVersionOption())
    .option('--created <date>', "the package's date (default SOURCE_DATE_EPOCH, then the latest memo date)")
    .option('--schemas <dir>', 'the folder of the official schemas (default CASEFILE_SCHEMAS, then export.schemas)')
    .option('--allow-personal-numbers', 'package memos that hold a personal identity number')
    .option('-c, --config <file>', 'use this configuration file (vocabulary and export section) for every input')
    .option('--no-config', 'use no configuration file (an export then lacks its required settings)')
    .option(
      '--ignore-pattern <pattern>',
      'leave out files matching this gitignore pattern (repeatable)',
      (v: string, all?: string[]) => [...(all ?? []), v]
    )
    .option('--follow-symlinks', 'follow symbolic links that lead outside an input directory')
    .option('--max-bytes <n>', 'fail inputs larger than this many bytes (default 1000000)', (v) =>
      positiveInteger(v, '--max-bytes')
    )
    .option('-q, --quiet', 'print only errors and failures on stderr')
    .addHelpText(
      'after',
      '\nExamples:\n  $ casefile package fixtures/corpus --out sip.zip --created 2024-01-01\n  $ ' +
        'SOURCE_DATE_EPOCH=1700000000 casefile package memos/ --out packages/\n\nExit codes: 0 every input ' +
        'packaged, 1 an input failed (left out, listed), 2 usage or configuration error.'
    )
    .action(async (inputs: string[], options: Record<string, unknown>) => {
      const { runPackage } = await import('./package.js')
      exitCode = await runPackage(io, inputs, options, useColor(io, io.stderr))
    })

  program
    .command('rules')
    .description('list every check rule with its id, default severity and description')
    .action(async () => {
      const { runRules } = await import('./rules.js')
      exitCode = runRules(io)
    })

  program
    .command('schema')
    .description("print the record's JSON Schema (draft 2020-12)")
    .action(async () => {
      const { recordSchema } = await import('../schema/record-schema.js')
      io.stdout.write(`${JSON.stringify(recordSchema, null, 2)}\n`)
    })

  // Nothing asked for is a usage error, as `git` and `npm` say: the help goes to stderr.
  if (io.argv.length === 0) {
    io.stderr.write(program.helpInformation())
    return 2
  }
  try {
    await program.parseAsync(io.argv, { from: 'user' })
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      )
        return 0
      return 2
    }
    // A configuration that cannot be used is the user's to fix wherever it surfaced (a batch's thread too).
    if (error instanceof UsageError || (error instanceof Error && error.name === 'ConfigError')) {
      writeError(io.stderr, error.message)
      return 2
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
    io.stderr.write(
      `casefile: internal error — this is a bug in casefile ${version} (Node.js ${process.version}); please ` +
        `report it with the input that caused it.\n${detail}\n`
    )
    return 2
  }
}

function exportVersionOption(): Option {
  return new Option(
    '--erms-version <version>',
    'erms: write CITS ERMS 2.1 or 3.0 (default: what is valid under both)'
  ).choices(['2.1', '3.0'])
}

function nonNegativeInteger(value: string, flag: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${flag} takes a whole number, got \`${value}\``)
  return n
}

/** Worker threads at most: each is a V8 isolate of its own (tens of MiB); 100,000 of them exhaust any machine. */
const MAX_JOBS = 64
/** The longest time a timer can wait (2³¹ − 1 ms, about 24 days); a longer one fires at once. */
const MAX_TIMEOUT_MS = 2_147_483_647

function positiveInteger(value: string, flag: string, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(`${flag} takes a whole number greater than 0, got \`${value}\``)
  if (n > max) throw new UsageError(`${flag} takes at most ${max}, got \`${value}\``)
  return n
}
