/**
 * `casefile package <inputs…> --out FILE.zip|DIR`: an E-ARK SIP of memos. Each memo is
 * compiled, checked for personal identity numbers and given its id; the memos of a case
 * share one ERMS document, validated before anything is written; a memo that fails any
 * step is left out and listed (exit 1), never packaged half. Same inputs, same date: same bytes.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { VFile } from 'vfile'
import { CasefileError, UsageError, whyUnreadable, whyUnwritable } from '../errors.js'
import { readFileBounded } from '../read/file.js'
import { expandInputs } from '../inputs.js'
import { printable } from '../check/reporters/text.js'
import { toJson } from '../emit/json.js'
import { withoutPersonalData } from '../export/personal-data.js'
import { recordSchema } from '../schema/record-schema.js'
import { levelOf } from '../check/reporters/types.js'
import type { ReadyExportConfig } from '../export/config.js'
import { casesOf, exportDate, prepareMemo, validatedErms, type PreparedMemo } from '../export/prepare.js'
import { contentInformationType } from '../export/erms.js'
import { uuidV5 } from '../export/ids.js'
import { mappingTable } from '../export/mapping.js'
import { sipFiles, type SipFile } from '../export/sip.js'
import { formatProblems, type Validators } from '../export/validate.js'
import { zipPackage } from '../export/zip.js'
import { configsFor, exportOptions, readyExport, validatorsFor } from './exporting.js'
import { failureFile, reportFiles } from './report.js'
import { DEFAULT_MAX_BYTES } from './limits.js'
import type { Io } from './io.js'

/** A file name for the package: letters, digits, `.`, `_`, `-` (a case number holds `/`). */
export function safeName(name: string): string {
  return (
    name
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .replace(/^[-.]+|-+$/g, '') || 'memo'
  )
}

/** Names unique in one folder: a second `x.md` becomes `x-2.md`. */
function uniqueName(taken: Set<string>, stem: string, extension: string): string {
  let name = `${stem}${extension}`
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}${extension}`
  taken.add(name.toLowerCase())
  return name
}

export function documentationText(): string {
  return (
    `# casefile: the case record → CITS ERMS\n\nEach ERMS document in \`representations/rep1/data/\` holds ` +
    `one case (\`aggregation\`, type \`caseFile\`) with one \`record\` per memo, made by casefile from the memo ` +
    `(\`.md\`) and its record (\`.json\`, record version 2) beside it.\n\n${mappingTable()}`
  )
}

export async function runPackage(
  io: Io,
  patterns: string[],
  options: Record<string, unknown>,
  color: boolean
): Promise<number> {
  let validators: Validators | null = null
  try {
    const settings = exportOptions(io, options)
    const configFor = configsFor(io, options)
    const maxBytes = (options.maxBytes as number | undefined) ?? DEFAULT_MAX_BYTES
    const found = await expandInputs(patterns, io.cwd, (options.ignorePattern as string[] | undefined) ?? [], {
      followSymlinks: Boolean(options.followSymlinks)
    })
    if (found.stdin) throw new UsageError('package reads files: - (standard input) cannot be packaged')
    for (const m of found.missing) io.stderr.write(`casefile: cannot read \`${printable(m.path)}\`: ${m.reason}\n`)
    if (found.files.length === 0)
      throw new UsageError('no memo to package: name files, directories or globs that hold `*.md` files')

    // One package, one organisation: every input must have the same export settings.
    let ready: ReadyExportConfig | null = null
    let readyFrom: string | null = null
    const configs = found.files.map((path) => configFor(resolve(io.cwd, path)))
    for (const config of configs) {
      const mine = readyExport(config)
      if (ready === null) {
        ready = mine
        readyFrom = config.source
      } else if (JSON.stringify(mine) !== JSON.stringify(ready))
        throw new UsageError(
          `the inputs have different \`export\` settings (\`${readyFrom}\` and \`${config.source}\`); one ` +
            `package is made with one: give --config`
        )
    }
    validators = await validatorsFor(io, options, ready!)

    const failures: VFile[] = []
    const prepared: PreparedMemo[] = []
    const names = new Set<string>()
    found.files.forEach((path, i) => {
      const config = configs[i]!
      try {
        const bytes = readFileBounded(resolve(io.cwd, path), maxBytes)
        const stem = safeName(path.split('/').pop()!.replace(/\.md$/i, ''))
        const memo = prepareMemo(
          bytes,
          {
            path,
            vocabulary: config.vocabulary,
            maxBytes,
            config: ready!,
            allowPersonalNumbers: settings.allowPersonalNumbers
          },
          ''
        )
        if (memo.failed) failures.push(memo.file)
        else {
          memo.appendixPath = uniqueName(names, stem, '.md')
          prepared.push(memo)
        }
      } catch (error) {
        if (error instanceof CasefileError) failures.push(failureFile(path, error))
        else if ((error as NodeJS.ErrnoException).code)
          failures.push(failureFile(path, new CasefileError(`cannot read: ${whyUnreadable(error)}`, 'unreadable')))
        else throw error
      }
    })

    const data: SipFile[] = []
    const packaged: PreparedMemo[] = []
    let caseCount = 0
    for (const c of casesOf(prepared)) {
      const xml = validatedErms(c, { ...settings, config: ready! }, validators)
      if (xml === null) {
        failures.push(...c.memos.map((m) => m.file))
        continue
      }
      caseCount++
      for (const memo of c.memos) {
        packaged.push(memo)
        data.push({ path: memo.appendixPath, bytes: memo.bytes, mimetype: 'text/markdown' })
        const record = ready!.personalData ? memo.record : withoutPersonalData(memo.record)
        data.push({
          path: uniqueName(names, memo.appendixPath.replace(/\.md$/, ''), '.json'),
          bytes: new TextEncoder().encode(toJson(record)),
          mimetype: 'application/json'
        })
      }
      data.push({
        path: uniqueName(names, safeName(c.objectId), '.erms.xml'),
        bytes: new TextEncoder().encode(xml),
        mimetype: 'text/xml'
      })
    }

    const shown = [...packaged.map((m) => m.file), ...failures].filter((f) => f.messages.length > 0)
    io.stderr.write(reportFiles(shown, { color, quiet: Boolean(options.quiet) }))
    if (packaged.length === 0) {
      io.stderr.write(summary(0, 0, null, failures))
      return 1
    }

    const created = exportDate(
      packaged.map((m) => m.record),
      settings.created
    )!
    const objid = `uuid-${uuidV5(
      `sip\n${settings.target}\n${created}\n${packaged
        .map((m) => m.record.source.sha256)
        .sort()
        .join('\n')}`
    )}`
    const target = settings.target
    const schemaFiles: SipFile[] = []
    if (target !== '3.0')
      schemaFiles.push({ path: 'ERMS.xsd', bytes: validators.schemaBytes('erms21'), mimetype: 'text/xml' })
    if (target !== '2.1')
      schemaFiles.push({ path: 'ERMS_v3.xsd', bytes: validators.schemaBytes('erms30'), mimetype: 'text/xml' })
    schemaFiles.push({
      path: 'casefile-record.schema.json',
      bytes: new TextEncoder().encode(`${JSON.stringify(recordSchema, null, 2)}\n`),
      mimetype: 'application/json'
    })
    const files = sipFiles({
      objid,
      created,
      contentInformationType: contentInformationType(target),
      config: ready!,
      label:
        `casefile: ${packaged.length} memo${packaged.length === 1 ? '' : 's'} in ${caseCount} ` +
        `case${caseCount === 1 ? '' : 's'}`,
      data,
      schemas: schemaFiles,
      documentation: [
        { path: 'erms-mapping.md', bytes: new TextEncoder().encode(documentationText()), mimetype: 'text/markdown' }
      ]
    })
    for (const mets of files.filter((f) => f.path.endsWith('METS.xml'))) {
      const problems = validators.mets(Buffer.from(mets.bytes).toString('utf8'))
      if (problems.length > 0) {
        io.stderr.write(
          `casefile: the package's \`${mets.path}\` does not validate, so nothing was written: ` +
            `${formatProblems(problems)}\n`
        )
        return 1
      }
    }
    const where = writePackage(io, String(options.out), objid, files, created)
    io.stderr.write(summary(packaged.length, caseCount, where, failures))
    return failures.length > 0 || found.missing.length > 0 ? 1 : 0
  } catch (error) {
    if (error instanceof Error && error.name === 'ConfigError') throw new UsageError(error.message)
    throw error
  } finally {
    validators?.dispose()
  }
}

function summary(memos: number, cases: number, where: string | null, failures: VFile[]): string {
  const lines = [
    where === null
      ? 'no package written: every memo failed'
      : `packaged ${memos} memo${memos === 1 ? '' : 's'} in ${cases} case${cases === 1 ? '' : 's'}: ${printable(where)}`
  ]
  if (failures.length > 0) {
    lines.push(`${failures.length} memo${failures.length === 1 ? '' : 's'} left out:`)
    for (const f of failures) {
      const why = f.messages.find((m) => levelOf(m) === 'error') ?? f.messages[0]
      lines.push(`  ${printable(f.path)}: ${why?.ruleId ?? 'failed'}`)
    }
  }
  return `${lines.join('\n')}\n`
}

/** The package as a .zip file (written whole, then renamed), or as its folder inside a directory. */
function writePackage(io: Io, out: string, objid: string, files: SipFile[], created: string): string {
  const target = resolve(io.cwd, out)
  try {
    if (/\.zip$/i.test(out)) {
      mkdirSync(dirname(target), { recursive: true })
      const temporary = `${target}.${process.pid}.tmp`
      try {
        writeFileSync(temporary, zipPackage(objid, files, created))
        renameSync(temporary, target)
      } finally {
        rmSync(temporary, { force: true })
      }
      return out
    }
    const root = join(target, objid)
    if (existsSync(root))
      throw new UsageError(`\`${join(out, objid)}\` already exists; remove it or choose another --out`)
    for (const f of files) {
      const path = join(root, ...f.path.split('/'))
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, f.bytes)
    }
    return join(out, objid)
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw new UsageError(`cannot write --out \`${out}\`: ${whyUnwritable(error)}`)
  }
}
