/**
 * Validate an export before it is written: XML Schema with libxml2 (compiled to
 * WebAssembly, in process, the schemas served from memory by name) and the ERMS
 * Schematron with node-schematron. Loaded only by the commands that export.
 *
 * - ERMS: `ERMS.xsd` (2.1.2) and/or `ERMS_v3.xsd` (3.0.2), then `erms.sch` / `erms_v3.sch`
 *   with one upstream rule left out (see SUPPRESSED_RULES).
 * - METS: `mets.xsd` with the CSIP and SIP extension schemas (their attributes are
 *   validated wherever METS allows foreign attributes).
 */
import type * as Libxml from 'libxml2-wasm'
import type { Schema as SchematronSchema } from 'node-schematron'
import { createRequire } from 'node:module'
import type { SchemaFolder, SchemaName } from './schemas.js'

export type ErmsVersion = '2.1' | '3.0'

/**
 * Schematron rules left out because they are wrong upstream, by their context:
 * `erms_v3.sch` tests `@otherclassificationSchemaStatus` (lower-case c; the attribute the
 * schema defines is `otherClassificationSchemaStatus`), so the rule fails on every valid
 * document that uses `classificationSchemaStatus="other"`.
 */
export const SUPPRESSED_RULES = ["*[@classificationSchemaStatus = 'other']"] as const

/** Where a schema is served from, inside libxml2 (never fetched). */
const BASE = 'casefile-schemas:///'
const XLINK_URL = 'http://www.loc.gov/standards/xlink/xlink.xsd'

const METS_WRAPPER =
  `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:casefile:mets-with-extensions" ` +
  `elementFormDefault="qualified">
  <xs:import namespace="http://www.loc.gov/METS/" schemaLocation="${BASE}mets.xsd"/>
  <xs:import namespace="https://DILCIS.eu/XML/METS/CSIPExtensionMETS" schemaLocation="${BASE}csip.xsd"/>
  <xs:import namespace="https://DILCIS.eu/XML/METS/SIPExtensionMETS" schemaLocation="${BASE}sip.xsd"/>
</xs:schema>
`

const load = createRequire(import.meta.url)
/**
 * libxml2-wasm is an ES module with top-level await: imported by dist/export/dynamic-import.cjs,
 * found from this file in the library (dist/export/) and from the bundle (dist/bundle/).
 */
function importModule(specifier: string): Promise<unknown> {
  let helper: (s: string) => Promise<unknown>
  try {
    helper = load('../export/dynamic-import.cjs') as typeof helper
  } catch {
    // Run from the TypeScript sources (tests), where this file is an ES module itself.
    return import(specifier)
  }
  return helper(specifier)
}

let libxml: typeof Libxml | null = null
let providerRegistered = false

async function libxml2(): Promise<typeof Libxml> {
  libxml ??= (await importModule('libxml2-wasm')) as typeof Libxml
  return libxml
}

/** A validation problem, as the validator words it. */
export interface Problem {
  /** `ERMS.xsd`, `erms_v3.sch`, `mets.xsd`… */
  schema: string
  message: string
  line: number | null
}

export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.schema}${p.line ? ` (line ${p.line})` : ''}: ${p.message}`).join('; ')
}

export class Validators {
  private readonly xsd = new Map<string, Libxml.XsdValidator>()
  private readonly sch = new Map<string, SchematronSchema>()

  private constructor(
    private readonly lib: typeof Libxml,
    private readonly schemas: SchemaFolder
  ) {}

  static async create(schemas: SchemaFolder): Promise<Validators> {
    const lib = await libxml2()
    if (!providerRegistered) {
      providerRegistered = true
      lib.xmlRegisterInputProvider(provider)
    }
    return new Validators(lib, schemas)
  }

  private served(): void {
    served.set(`${BASE}mets.xsd`, this.schemas.bytes('mets'))
    served.set(XLINK_URL, this.schemas.bytes('xlink'))
    served.set(`${BASE}csip.xsd`, this.schemas.bytes('csip'))
    served.set(`${BASE}sip.xsd`, this.schemas.bytes('sip'))
  }

  private validator(key: string, bytes: () => Uint8Array): Libxml.XsdValidator {
    let validator = this.xsd.get(key)
    if (!validator) {
      this.served()
      const doc = this.lib.XmlDocument.fromBuffer(bytes(), { url: `${BASE}${key}` })
      try {
        validator = this.lib.XsdValidator.fromDoc(doc)
      } finally {
        doc.dispose()
      }
      this.xsd.set(key, validator)
    }
    return validator
  }

  /** XML Schema problems of `xml` against one schema (empty: valid). */
  xsdProblems(xml: string, which: 'erms21' | 'erms30' | 'mets'): Problem[] {
    const name = which === 'erms21' ? 'ERMS.xsd' : which === 'erms30' ? 'ERMS_v3.xsd' : 'mets.xsd'
    const validator =
      which === 'mets'
        ? this.validator('mets-with-extensions.xsd', () => new TextEncoder().encode(METS_WRAPPER))
        : this.validator(which === 'erms21' ? 'ERMS.xsd' : 'ERMS_v3.xsd', () => this.schemas.bytes(which))
    let doc: Libxml.XmlDocument
    try {
      doc = this.lib.XmlDocument.fromString(xml)
    } catch (error) {
      return details(error, 'XML 1.0')
    }
    try {
      validator.validate(doc)
      return []
    } catch (error) {
      return details(error, name)
    } finally {
      doc.dispose()
    }
  }

  /** Failed Schematron asserts (and fired reports) of an ERMS document. */
  schematronProblems(xml: string, version: ErmsVersion): Problem[] {
    const key = version === '2.1' ? 'erms21sch' : 'erms30sch'
    const name = version === '2.1' ? 'erms.sch' : 'erms_v3.sch'
    let schema = this.sch.get(key)
    if (!schema) {
      const { Schema } = load('node-schematron') as typeof import('node-schematron')
      schema = Schema.fromString(schematronText(this.schemas.text(key)))
      this.sch.set(key, schema)
    }
    return schema
      .validateString(xml)
      .map((r) => ({ schema: name, message: (r.message ?? '').replace(/\s+/g, ' ').trim(), line: null }))
  }

  /** Every problem of an ERMS document under the versions it claims (both for the common subset). */
  erms(xml: string, versions: ErmsVersion[]): Problem[] {
    const problems: Problem[] = []
    for (const v of versions) problems.push(...this.xsdProblems(xml, v === '2.1' ? 'erms21' : 'erms30'))
    if (problems.length > 0) return problems
    for (const v of versions) problems.push(...this.schematronProblems(xml, v))
    return problems
  }

  /** A schema file's bytes (to ship in a package). */
  schemaBytes(name: SchemaName): Uint8Array {
    return this.schemas.bytes(name)
  }

  mets(xml: string): Problem[] {
    return this.xsdProblems(xml, 'mets')
  }

  dispose(): void {
    for (const v of this.xsd.values()) v.dispose()
    this.xsd.clear()
  }
}

/**
 * A Schematron file as node-schematron can run it: `<emph>` markup inside messages
 * (which it rejects) reduced to its text, and the suppressed rules left out.
 */
export function schematronText(text: string): string {
  let out = text.replace(/<\/?emph>/g, '')
  for (const context of SUPPRESSED_RULES) {
    const escaped = context.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    out = out.replace(new RegExp(`<rule context="${escaped}">[\\s\\S]*?</rule>`, 'g'), '')
  }
  return out
}

function details(error: unknown, schema: string): Problem[] {
  const list = (error as { details?: Libxml.ErrorDetail[] }).details
  if (!list || list.length === 0)
    return [{ schema, message: error instanceof Error ? error.message.trim() : String(error), line: null }]
  return list.map((d) => ({ schema, message: d.message.trim(), line: d.line || null }))
}

/** The schema files libxml2 asks for, by the names they are imported under. */
const served = new Map<string, Uint8Array>()
const open = new Map<number, { bytes: Uint8Array; at: number }>()
let nextFd = 1

const provider: Libxml.XmlInputProvider = {
  match: (filename) => served.has(filename),
  open(filename) {
    const bytes = served.get(filename)
    if (!bytes) return undefined
    const fd = nextFd++
    open.set(fd, { bytes, at: 0 })
    return fd
  },
  read(fd, buffer) {
    const file = open.get(fd)
    if (!file) return -1
    const n = Math.min(buffer.length, file.bytes.length - file.at)
    buffer.set(file.bytes.subarray(file.at, file.at + n))
    file.at += n
    return n
  },
  close(fd) {
    return open.delete(fd)
  }
}
