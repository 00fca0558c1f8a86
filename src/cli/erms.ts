/**
 * `casefile compile … --format erms`: one CITS ERMS document per input, validated
 * before it is written. One input goes to stdout (or `-o`); with `--out-dir` each input
 * gives `<its path>.erms.xml` there (instead of the JSON record). Inputs are compiled here,
 * one after another (the batch's worker threads are for JSON/YAML records).
 */
import { dirname, join, resolve } from 'node:path'
import { mkdirSync } from 'node:fs'
import { VFile } from 'vfile'
import { CasefileError, UsageError, whyUnreadable, whyUnwritable } from '../errors.js'
import { readFileBounded, readStreamBounded } from '../read/file.js'
import { writeAtomicSync } from '../write.js'
import { writeOutputFile } from './output-file.js'
import { expandInputs } from '../inputs.js'
import { printable } from '../check/reporters/text.js'
import type { Encoding } from '../read/decode.js'
import { prepareMemo, validatedErms } from '../export/prepare.js'
import type { Validators } from '../export/validate.js'
import { configsFor, exportOptions, readyExport, validatorsFor, type ExportOptions } from './exporting.js'
import { failureFile, reportFiles } from './report.js'
import { DEFAULT_MAX_BYTES } from './limits.js'
import type { Io } from './io.js'

interface Run {
  io: Io
  options: Record<string, unknown>
  settings: ExportOptions
  color: boolean
  maxBytes: number
  configFor: ReturnType<typeof configsFor>
  validators: Validators | null
}

/** One input → its validated ERMS document, or null (the reason is on the returned file). */
async function exportOne(run: Run, bytes: Uint8Array, path: string): Promise<{ xml: string | null; file: VFile }> {
  const config = run.configFor(resolve(run.io.cwd, path === '-' ? 'stdin.md' : path))
  const ready = readyExport(config)
  run.validators ??= await validatorsFor(run.io, run.options, ready)
  const memo = prepareMemo(
    bytes,
    {
      path,
      vocabulary: config.vocabulary,
      maxBytes: run.maxBytes,
      config: ready,
      allowPersonalNumbers: run.settings.allowPersonalNumbers,
      ...(run.options.encoding ? { encoding: run.options.encoding as Encoding } : {})
    },
    path
  )
  if (memo.failed) return { xml: null, file: memo.file }
  const xml = validatedErms(
    { objectId: memo.record.metadata.caseNumber ?? memo.objectId, memos: [memo] },
    { ...run.settings, config: ready },
    run.validators
  )
  return { xml, file: memo.file }
}

export async function runErmsCommand(
  io: Io,
  inputs: string[],
  options: Record<string, unknown>,
  color: boolean
): Promise<number> {
  const run: Run = {
    io,
    options,
    settings: exportOptions(io, options),
    color,
    maxBytes: (options.maxBytes as number | undefined) ?? DEFAULT_MAX_BYTES,
    configFor: configsFor(io, options),
    validators: null
  }
  try {
    const single = !options.outDir && inputs.length === 1 && (inputs[0] === '-' || !/[*?[{]/.test(inputs[0]!))
    if (single) return await runSingle(run, inputs[0]!)
    if (!options.outDir)
      throw new UsageError(
        '--format erms with several inputs (or a directory or glob) writes one document per input: give --out-dir'
      )
    if (options.output) throw new UsageError('-o/--output takes a single input; use --out-dir for many')
    return await runMany(run, inputs, resolve(io.cwd, options.outDir as string))
  } finally {
    run.validators?.dispose()
  }
}

async function runSingle(run: Run, target: string): Promise<number> {
  const { io } = run
  let bytes: Uint8Array
  try {
    bytes =
      target === '-'
        ? await readStreamBounded(io.stdin, run.maxBytes)
        : readFileBounded(resolve(io.cwd, target), run.maxBytes)
  } catch (error) {
    if (error instanceof CasefileError) {
      io.stderr.write(reportFiles([failureFile(target, error)], { color: run.color }))
      return 2
    }
    io.stderr.write(`casefile: cannot read \`${printable(target)}\`: ${whyUnreadable(error)}\n`)
    return 2
  }
  let result
  try {
    result = await exportOne(run, bytes, target)
  } catch (error) {
    if (!(error instanceof CasefileError)) throw error
    io.stderr.write(reportFiles([failureFile(target, error)], { color: run.color }))
    return 2
  }
  if (result.xml !== null) {
    if (run.options.output) writeOutputFile(io.cwd, run.options.output as string, '-o/--output', result.xml)
    else io.stdout.write(result.xml)
  }
  io.stderr.write(reportFiles([result.file], { color: run.color, quiet: Boolean(run.options.quiet) }))
  return result.xml === null ? 1 : 0
}

async function runMany(run: Run, patterns: string[], outDir: string): Promise<number> {
  const { io } = run
  if (patterns.includes('-')) throw new UsageError('- (standard input) takes no other inputs')
  const found = await expandInputs(patterns, io.cwd, (run.options.ignorePattern as string[] | undefined) ?? [], {
    followSymlinks: Boolean(run.options.followSymlinks)
  })
  for (const m of found.missing) io.stderr.write(`casefile: cannot read \`${printable(m.path)}\`: ${m.reason}\n`)
  let written = 0
  let failed = 0
  const files: VFile[] = []
  for (const path of found.files) {
    let result
    try {
      result = await exportOne(run, readFileBounded(resolve(io.cwd, path), run.maxBytes), path)
    } catch (error) {
      if (error instanceof CasefileError) result = { xml: null, file: failureFile(path, error) }
      else if ((error as NodeJS.ErrnoException).code)
        result = {
          xml: null,
          file: failureFile(path, new CasefileError(`cannot read: ${whyUnreadable(error)}`, 'unreadable'))
        }
      else throw error
    }
    files.push(result.file)
    if (result.xml === null) {
      failed++
      continue
    }
    const target = join(outDir, `${path.replace(/^(\.\.\/)+/, '').replace(/\.md$/i, '')}.erms.xml`)
    try {
      mkdirSync(dirname(target), { recursive: true })
      writeAtomicSync(target, result.xml)
    } catch (error) {
      throw new UsageError(`cannot write \`${target}\`: ${whyUnwritable(error)}`)
    }
    written++
  }
  io.stderr.write(reportFiles(files, { color: run.color, quiet: Boolean(run.options.quiet) }))
  io.stderr.write(
    `${written} ERMS document${written === 1 ? '' : 's'} written to ${printable(run.options.outDir as string)}` +
      (failed > 0 ? `, ${failed} input${failed === 1 ? '' : 's'} failed` : '') +
      '\n'
  )
  return failed > 0 || found.missing.length > 0 ? 1 : 0
}
