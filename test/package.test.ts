/**
 * `casefile package`: a SIP of the seed and the corpus, valid against METS with the
 * CSIP and SIP extensions and the CSIP/SIP 2.1.0 Schematron (with the allow-list of
 * docs/erms.md), every FLocat and mptr target present with its digest and size, two
 * builds the same bytes, and a failing memo left out and listed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { unzipSync } from 'fflate'
import { root } from './helpers.js'
import { haveSchemas, reportMissingSchemas, run, runBuilt, schemasDir } from './export-helpers.js'
import { SchemaFolder } from '../src/export/schemas.js'
import { withoutPersonalData } from '../src/export/personal-data.js'
import { compile } from '../src/index.js'
import { seedPath } from './helpers.js'
import { Validators } from '../src/export/validate.js'

const { Schema } = createRequire(import.meta.url)('node-schematron') as typeof import('node-schematron')

const tmp = mkdtempSync(join(tmpdir(), 'casefile-sip-'))
const config = join(tmp, 'export.yml')
writeFileSync(
  config,
  'export:\n  organisation: { name: Region Jämtland Härjedalen, number: 232100-0214 }\n  archiveCreator: { ' +
    "name: Regionala utvecklingsnämnden }\n  submissionAgreement: RA 2020/1234\n  idTemplate: '{file}'\n"
)

/** Failed Schematron asserts that are allowed, each with its reason (docs/erms.md says the same). */
const ALLOWED: Record<string, string> = {
  CSIP12: 'applies to every metsHdr agent: the organisation agents are not software (contradicts SIP11)',
  CSIP13: 'as CSIP12',
  CSIP16: 'as CSIP12: only the software agent has a SOFTWARE VERSION note',
  SIP14:
    'tests @NOTETYPE without its csip: prefix, and on the software CREATOR whose note CSIP16 requires to be ' +
    'SOFTWARE VERSION',
  CSIP63:
    'its test fails on every file group, with or without csip:CONTENTINFORMATIONTYPE (which CSIP62 requires on ' +
    'the representation group)',
  CSIP17: 'WARN: no descriptive metadata section; the description is the data (ERMS)',
  CSIP31: 'WARN: no administrative metadata section',
  CSIP91: 'WARN: as CSIP31',
  CSIP92: 'WARN: as CSIP17'
}

/** The eark-validator rules with their placeholders replaced by real tests. */
function schematron(path: string): string {
  const vocabulary: Record<string, string> = {
    '@TYPE_vocabulary_test':
      "@TYPE = ('Datasets', 'Databases', 'Textual works – Digital', 'Textual works – Electronic Serials', " +
      "'Software', 'Mixed', 'Other')",
    '@csip:CONTENTINFORMATIONTYPE_vocabulary_test':
      "@csip:CONTENTINFORMATIONTYPE = ('citserms_v2_1', 'citserms_v3_0', 'MIXED', 'OTHER')",
    '@csip:OAISPACKAGETYPE_vocabulary_test': "@csip:OAISPACKAGETYPE = ('SIP', 'AIP', 'DIP', 'AIU', 'AIC')",
    '@STATUS_vocabulary_test': "@STATUS = ('CURRENT', 'SUPERSEDED')",
    '@MIMETYPE_IANA_test': "matches(@MIMETYPE, '^[a-z]+/[A-Za-z0-9.+-]+$')"
  }
  let text = readFileSync(path, 'utf8')
  for (const [placeholder, test] of Object.entries(vocabulary)) text = text.split(placeholder).join(test)
  return text
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

reportMissingSchemas()

describe('personal data in a package', () => {
  it(
    "without export.personalData, the packaged record leaves out the officers' phones and e-mails and the " +
      'distribution list',
    () => {
      const { record } = compile(readFileSync(seedPath), { path: 'RUN-24-2020.md' })
      expect(record.metadata.officer.phone).toBe('063146619')
      expect(record.provenance?.['/metadata/officer/phone']).toBeDefined()
      expect(record.distribution?.heading).toBe('Utdrag till')
      const packed = withoutPersonalData(record)
      expect([packed.metadata.officer.phone, packed.metadata.officer.email, packed.distribution]).toEqual([
        null,
        null,
        null
      ])
      expect(packed.metadata.officers.map((o) => [o.phone, o.email])).toEqual(
        record.metadata.officers.map(() => [null, null])
      )
      expect(Object.keys(packed.provenance ?? {}).filter((k) => /phone|email|^\/distribution/.test(k))).toEqual([])
      expect(packed.metadata.officer.name).toBe(record.metadata.officer.name)
    }
  )
})

/** A METS `<file>` and its `<FLocat>`: the size, the checksum and the href. */
const FILE_ENTRY = new RegExp(
  '<file ID="[^"]+" MIMETYPE="[^"]+" SIZE="(\\d+)" CREATED="[^"]+" ' +
    'CHECKSUM="([0-9A-F]{64})" CHECKSUMTYPE="SHA-256">' +
    '\\s*<FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="([^"]+)"/>',
  'g'
)

describe.runIf(haveSchemas)('casefile package', () => {
  let validators: Validators
  let zip: Buffer
  let files: Record<string, Uint8Array>
  let top: string
  const inputs = join(tmp, 'memos')

  beforeAll(async () => {
    validators = await Validators.create(new SchemaFolder(schemasDir))
    mkdirSync(inputs)
    cpSync(join(root, 'fixtures', 'RUN-24-2020.md'), join(inputs, 'RUN-24-2020.md'))
    for (const f of readdirSync(join(root, 'fixtures', 'corpus')).filter((f) => f.endsWith('.md') && f !== 'README.md'))
      cpSync(join(root, 'fixtures', 'corpus', f), join(inputs, f))
    const r = await run([
      'package',
      inputs,
      '--out',
      join(tmp, 'a', 'sip.zip'),
      '-c',
      config,
      '--created',
      '2024-01-01',
      '-q'
    ])
    expect(r.stderr).toMatch(/^packaged 11 memos in 11 cases: /)
    expect(r.code).toBe(0)
    zip = readFileSync(join(tmp, 'a', 'sip.zip'))
    files = unzipSync(zip)
    top = Object.keys(files)[0]!.split('/')[0]!
  })
  afterAll(() => validators.dispose())

  it('has the E-ARK layout under one folder named after METS@OBJID', () => {
    const names = Object.keys(files).map((n) => n.slice(top.length + 1))
    expect(top).toMatch(/^uuid-[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(names.slice(0, 2)).toEqual(['METS.xml', 'representations/rep1/METS.xml'])
    expect(names.filter((n) => n.startsWith('representations/rep1/data/'))).toHaveLength(11 * 3)
    expect(names).toContain('representations/rep1/data/RUN-24-2020.md')
    expect(names).toContain('representations/rep1/data/RUN-24-2020.json')
    expect(names).toContain('representations/rep1/data/RUN-24-2020.erms.xml')
    expect(names.filter((n) => n.startsWith('schemas/'))).toEqual([
      'schemas/ERMS.xsd',
      'schemas/ERMS_v3.xsd',
      'schemas/casefile-record.schema.json'
    ])
    expect(names.filter((n) => n.startsWith('documentation/'))).toEqual(['documentation/erms-mapping.md'])
    const mets = Buffer.from(files[`${top}/METS.xml`]!).toString('utf8')
    expect(mets).toContain(`OBJID="${top}"`)
    expect(mets).toContain('PROFILE="https://earksip.dilcis.eu/profile/E-ARK-SIP.xml"')
    expect(mets).toContain('CREATEDATE="2024-01-01T00:00:00"')
    expect(mets).toContain('<altRecordID TYPE="SUBMISSIONAGREEMENT">RA 2020/1234</altRecordID>')
  })

  it('both METS documents are valid against mets.xsd with the CSIP and SIP extensions', () => {
    for (const name of ['METS.xml', 'representations/rep1/METS.xml'])
      expect(validators.mets(Buffer.from(files[`${top}/${name}`]!).toString('utf8')), name).toEqual([])
  })

  it('the package METS fails no CSIP/SIP 2.1.0 Schematron assert outside the allow-list', () => {
    const xml = Buffer.from(files[`${top}/METS.xml`]!).toString('utf8')
    const failed = new Set<string>()
    const base = join(schemasDir, 'e-ark', 'schematron-2.1.0')
    for (const set of ['CSIP', 'SIP'])
      for (const f of readdirSync(join(base, set)))
        for (const r of Schema.fromString(schematron(join(base, set, f))).validateString(xml))
          if (!r.isReport) failed.add(r.assertId ?? `${set}/${f}`)
    const unexpected = [...failed].filter((id) => !(id in ALLOWED))
    expect(unexpected).toEqual([])
    expect([...failed].sort()).toEqual([
      'CSIP12',
      'CSIP13',
      'CSIP16',
      'CSIP17',
      'CSIP31',
      'CSIP63',
      'CSIP91',
      'CSIP92',
      'SIP14'
    ])
  })

  it('every ERMS document in the package is valid under both versions', () => {
    const erms = Object.keys(files).filter((n) => n.endsWith('.erms.xml'))
    expect(erms).toHaveLength(11)
    for (const n of erms)
      expect(validators.erms(Buffer.from(files[n]!).toString('utf8'), ['2.1', '3.0']), n).toEqual([])
  })

  it('every FLocat and mptr target exists, with the digest and size the METS gives', () => {
    let checked = 0
    for (const [metsPath, folder] of [
      ['METS.xml', ''],
      ['representations/rep1/METS.xml', 'representations/rep1/']
    ] as const) {
      const xml = Buffer.from(files[`${top}/${metsPath}`]!).toString('utf8')
      for (const m of xml.matchAll(FILE_ENTRY)) {
        const bytes = files[`${top}/${folder}${m[3]}`]
        expect(bytes, m[3]).toBeDefined()
        expect(bytes!.length).toBe(Number(m[1]))
        expect(sha256(bytes!).toUpperCase()).toBe(m[2])
        checked++
      }
      for (const m of xml.matchAll(/<mptr [^>]*xlink:href="([^"]+)"/g))
        expect(files[`${top}/${m[1]}`], m[1]).toBeDefined()
    }
    // 1 documentation + 3 schemas + the representation METS; 33 data files.
    expect(checked).toBe(5 + 33)
  })

  it('two builds of the same inputs are the same bytes; a directory build holds the same files', async () => {
    // Another time zone needs a process of its own.
    const again = runBuilt(
      ['package', inputs, '--out', join(tmp, 'b', 'sip.zip'), '-c', config, '--created', '2024-01-01', '-q'],
      { env: { TZ: 'America/New_York' } }
    )
    expect(again.code).toBe(0)
    expect(sha256(readFileSync(join(tmp, 'b', 'sip.zip')))).toBe(sha256(zip))
    const epoch = await run(['package', inputs, '--out', join(tmp, 'c'), '-c', config, '-q'], {
      env: { SOURCE_DATE_EPOCH: '1704067200' }
    })
    expect(epoch.code).toBe(0)
    const dir = readdirSync(join(tmp, 'c'))
    expect(dir).toHaveLength(1)
    expect(readFileSync(join(tmp, 'c', dir[0]!, 'representations', 'rep1', 'data', 'RUN-24-2020.md'))).toEqual(
      Buffer.from(files[`${top}/representations/rep1/data/RUN-24-2020.md`]!)
    )
  })

  it('a memo that fails is left out of the package and listed (exit 1)', async () => {
    const mixed = join(tmp, 'mixed')
    mkdirSync(mixed)
    cpSync(join(root, 'fixtures', 'RUN-24-2020.md'), join(mixed, 'RUN-24-2020.md'))
    writeFileSync(
      join(mixed, 'pnr.md'),
      '# Ansökan\n\nDnr SN 2020/5\n\n2020-02-02\n\n## Ärendet\n\nSökande 19121212-1212.\n'
    )
    const r = await run(['package', mixed, '--out', join(tmp, 'mixed.zip'), '-c', config])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('packaged 1 memo in 1 case: ')
    expect(r.stderr).toContain('1 memo left out:\n  ')
    expect(r.stderr).toMatch(/pnr\.md: personal-number\n$/)
    const names = Object.keys(unzipSync(readFileSync(join(tmp, 'mixed.zip'))))
    expect(names.some((n) => n.includes('pnr'))).toBe(false)
    expect(names.filter((n) => n.includes('/data/'))).toHaveLength(3)
  })
})
