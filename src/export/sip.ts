/**
 * An E-ARK SIP (CSIP/SIP 2.1.0, = FGS Paketstruktur 2.0) as a list of files: the root
 * `METS.xml`, `representations/rep1/METS.xml`, the data (memos, records, ERMS documents),
 * `schemas/` and `documentation/`. Every file is listed in a METS with its size, SHA-256
 * and date; every identifier and date comes from the inputs, so the same inputs give the
 * same bytes.
 */
import { createHash } from 'node:crypto'
import { xmlDocument, xmlText, type XMLBuilder } from './xml.js'
import { version as casefileVersion } from '../version.js'
import type { ReadyExportConfig } from './config.js'

export const METS_NS = 'http://www.loc.gov/METS/'
export const CSIP_NS = 'https://DILCIS.eu/XML/METS/CSIPExtensionMETS'
export const SIP_NS = 'https://DILCIS.eu/XML/METS/SIPExtensionMETS'
export const XLINK_NS = 'http://www.w3.org/1999/xlink'
export const SIP_PROFILE = 'https://earksip.dilcis.eu/profile/E-ARK-SIP.xml'
/** The content category (METS `@TYPE`) of a package of case records. */
export const SIP_TYPE = 'Datasets'

export interface SipFile {
  /** Path inside the package folder, with `/`. */
  path: string
  bytes: Uint8Array
  mimetype: string
}

export interface SipContent {
  /** The package's `OBJID`, also the name of its root folder. */
  objid: string
  /** `metsHdr@CREATEDATE` and every file's `CREATED` (`xs:dateTime`). */
  created: string
  contentInformationType: string
  config: ReadyExportConfig
  /** A short label: the cases in the package. */
  label: string
  /** In representations/rep1/data/. */
  data: SipFile[]
  /** In schemas/. */
  schemas: SipFile[]
  /** In documentation/. */
  documentation: SipFile[]
}

/** The package's files, METS documents included, in the order they are written. */
export function sipFiles(content: SipContent): SipFile[] {
  const rep = representationMets(content)
  const root = rootMets(content, rep)
  return [
    root,
    rep,
    ...content.data.map((f) => ({ ...f, path: `representations/rep1/data/${f.path}` })),
    ...content.schemas.map((f) => ({ ...f, path: `schemas/${f.path}` })),
    ...content.documentation.map((f) => ({ ...f, path: `documentation/${f.path}` }))
  ]
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').toUpperCase()
}

function metsRoot(content: SipContent, objid: string): XMLBuilder {
  const mets = xmlDocument(METS_NS, 'mets', {
    'xmlns:csip': CSIP_NS,
    'xmlns:sip': SIP_NS,
    'xmlns:xlink': XLINK_NS,
    OBJID: objid,
    LABEL: content.label,
    TYPE: SIP_TYPE,
    PROFILE: SIP_PROFILE
  })
  mets.att(CSIP_NS, 'csip:CONTENTINFORMATIONTYPE', content.contentInformationType)
  const header = mets.ele('metsHdr', { CREATEDATE: content.created, LASTMODDATE: content.created })
  header.att(CSIP_NS, 'csip:OAISPACKAGETYPE', 'SIP')
  const software = header.ele('agent', { ROLE: 'CREATOR', TYPE: 'OTHER', OTHERTYPE: 'SOFTWARE' })
  software.ele('name').txt('casefile')
  software.ele('note').att(CSIP_NS, 'csip:NOTETYPE', 'SOFTWARE VERSION').txt(casefileVersion)
  const { organisation, archiveCreator, submissionAgreement } = content.config
  party(header, 'CREATOR', organisation.name, organisation.number)
  if (archiveCreator) party(header, 'ARCHIVIST', archiveCreator.name, archiveCreator.number)
  if (submissionAgreement !== null) header.ele('altRecordID', { TYPE: 'SUBMISSIONAGREEMENT' }).txt(submissionAgreement)
  return mets
}

function party(header: XMLBuilder, role: string, name: string, number: string | null): void {
  const agent = header.ele('agent', { ROLE: role, TYPE: 'ORGANIZATION' })
  agent.ele('name').txt(name)
  if (number !== null) agent.ele('note').att(CSIP_NS, 'csip:NOTETYPE', 'IDENTIFICATIONCODE').txt(number)
}

function fileElement(group: XMLBuilder, id: string, file: SipFile, href: string, created: string): void {
  const el = group.ele('file', {
    ID: id,
    MIMETYPE: file.mimetype,
    SIZE: String(file.bytes.length),
    CREATED: created,
    CHECKSUM: sha256(file.bytes),
    CHECKSUMTYPE: 'SHA-256'
  })
  link(el.ele('FLocat', { LOCTYPE: 'URL' }), { type: 'simple', href })
}

/** xlink attributes, in their namespace. */
function link(el: XMLBuilder, attributes: Record<string, string>): void {
  for (const [name, value] of Object.entries(attributes)) el.att(XLINK_NS, `xlink:${name}`, value)
}

function finish(mets: XMLBuilder): Uint8Array {
  return new TextEncoder().encode(xmlText(mets))
}

/** representations/rep1/METS.xml: the data files. */
function representationMets(content: SipContent): SipFile {
  const mets = metsRoot(content, `${content.objid}/representations/rep1`)
  const group = mets.ele('fileSec', { ID: 'rep1-fileSec' }).ele('fileGrp', { ID: 'rep1-data', USE: 'Data' })
  content.data.forEach((f, i) => fileElement(group, `rep1-file-${i + 1}`, f, `data/${f.path}`, content.created))
  const div = mets
    .ele('structMap', { ID: 'rep1-structMap', TYPE: 'PHYSICAL', LABEL: 'CSIP' })
    .ele('div', { ID: 'rep1-div', LABEL: 'rep1' })
  div.ele('div', { ID: 'rep1-div-data', LABEL: 'Data' }).ele('fptr', { FILEID: 'rep1-data' })
  return { path: 'representations/rep1/METS.xml', bytes: finish(mets), mimetype: 'text/xml' }
}

/** METS.xml at the package root: documentation, schemas and the representation's METS. */
function rootMets(content: SipContent, rep: SipFile): SipFile {
  const mets = metsRoot(content, content.objid)
  const fileSec = mets.ele('fileSec', { ID: 'fileSec' })
  const documentation = fileSec.ele('fileGrp', { ID: 'grp-documentation', USE: 'Documentation' })
  content.documentation.forEach((f, i) =>
    fileElement(documentation, `documentation-${i + 1}`, f, `documentation/${f.path}`, content.created)
  )
  const schemas = fileSec.ele('fileGrp', { ID: 'grp-schemas', USE: 'Schemas' })
  content.schemas.forEach((f, i) => fileElement(schemas, `schema-${i + 1}`, f, `schemas/${f.path}`, content.created))
  const representation = fileSec.ele('fileGrp', { ID: 'grp-rep1', USE: 'Representations/rep1' })
  representation.att(CSIP_NS, 'csip:CONTENTINFORMATIONTYPE', content.contentInformationType)
  fileElement(representation, 'rep1-mets', rep, rep.path, content.created)

  const div = mets
    .ele('structMap', { ID: 'structMap', TYPE: 'PHYSICAL', LABEL: 'CSIP' })
    .ele('div', { ID: 'div-package', LABEL: content.objid })
  div.ele('div', { ID: 'div-metadata', LABEL: 'Metadata' })
  div.ele('div', { ID: 'div-documentation', LABEL: 'Documentation' }).ele('fptr', { FILEID: 'grp-documentation' })
  div.ele('div', { ID: 'div-schemas', LABEL: 'Schemas' }).ele('fptr', { FILEID: 'grp-schemas' })
  const reps = div.ele('div', { ID: 'div-representations', LABEL: 'Representations' })
  reps.ele('fptr', { FILEID: 'grp-rep1' })
  link(reps.ele('div', { ID: 'div-rep1', LABEL: 'Representations/rep1' }).ele('mptr', { LOCTYPE: 'URL' }), {
    type: 'simple',
    href: rep.path,
    title: 'grp-rep1'
  })
  return { path: 'METS.xml', bytes: finish(mets), mimetype: 'text/xml' }
}
