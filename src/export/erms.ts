/**
 * The mapping record → CITS ERMS (FGS Ärendehantering 2.0), one document per case
 * (`aggregation` of type `caseFile`) holding one `record` per memo. docs/erms.md is
 * this module as a table; a change here is a change there.
 *
 * Versions: `common` (the default) writes only what is valid under both ERMS 2.1.2 and
 * 3.0.2; `3.0` adds the officer's phone and e-mail (`contactLine`, with
 * `export.personalData`), which 2.1.2 allows only after a postal address the memo does
 * not have; `2.1` writes the common subset, labelled for 2.1.
 */
import { xmlDocument, xmlText, type XMLBuilder } from './xml.js'
import { basename } from 'node:path'
import type { VFile } from 'vfile'
import type { CaseRecord } from '../record/types.js'
import { version as casefileVersion } from '../version.js'
import type { ReadyExportConfig } from './config.js'
import { dateTimeOf, uuidV5 } from './ids.js'
import { XmlText } from './xml-text.js'

export const ERMS_NAMESPACE = 'https://DILCIS.eu/XML/ERMS'

export type ErmsTarget = 'common' | '2.1' | '3.0'

/** The versions an export of this target must validate under. */
export function versionsOf(target: ErmsTarget): Array<'2.1' | '3.0'> {
  return target === 'common' ? ['2.1', '3.0'] : [target]
}

/**
 * The E-ARK `CONTENTINFORMATIONTYPE` label of a target (the common subset is labelled 2.1, what Swedish profiles cite).
 */
export function contentInformationType(target: ErmsTarget): 'citserms_v2_1' | 'citserms_v3_0' {
  return target === '3.0' ? 'citserms_v3_0' : 'citserms_v2_1'
}

/** One compiled memo to export. */
export interface ErmsMemo {
  record: CaseRecord
  /** The decoded source text (for the places of forbidden characters). */
  text: string
  /** Where diagnostics about this memo go. */
  file: VFile
  /** The record's `objectId` (from the id template). */
  objectId: string
  /** The source file as the appendix names it: its path beside the ERMS document. */
  appendixPath: string
}

/** One case: its `objectId` (the case number, or the memo's id when it has none) and its memos in order. */
export interface ErmsCase {
  objectId: string
  memos: ErmsMemo[]
}

export interface ErmsSettings {
  target: ErmsTarget
  config: ReadyExportConfig
  /** The maintenance event's date (`xs:dateTime`). */
  created: string
}

const MEMO_DIRECTION = 'internal_memo_for_follow-up'

/** The ERMS document of some cases (one aggregation each), as UTF-8 text with a final newline. */
export function ermsDocument(cases: ErmsCase[], settings: ErmsSettings): string {
  const { config } = settings
  const root = xmlDocument(ERMS_NAMESPACE, 'erms')
  const identity = cases.flatMap((c) => c.memos.map((m) => m.record.source.sha256)).join('\n')

  const control = root.ele('control')
  control.ele('identification', { identificationType: 'UUID' }).txt(uuidV5(`erms\n${identity}`))
  if (config.classificationScheme !== null)
    control
      .ele('classificationSchema')
      .ele('textualDescriptionOfClassificationSchema')
      .ele('p')
      .txt(config.classificationScheme)
  const maintenance = control.ele('maintenanceInformation')
  maintenance.ele('maintenanceStatus', { value: 'new' })
  const agency = maintenance.ele('maintenanceAgency')
  if (config.organisation.number !== null)
    agency.ele('agencyCode', { type: 'organisationsnummer' }).txt(config.organisation.number)
  agency.ele('agencyName').txt(config.organisation.name)
  const event = maintenance.ele('maintenanceHistory').ele('maintenanceEvent')
  event.ele('eventType', { value: 'created' })
  event.ele('eventDateTime').txt(settings.created)
  event.ele('agent', { agentType: 'other', otherAgentType: 'software' }).ele('name').txt(`casefile ${casefileVersion}`)

  // One cleaner per memo: a character is reported once, wherever its value is written.
  const texts = new Map<ErmsMemo, XmlText>()
  const textOf = (memo: ErmsMemo) =>
    texts.get(memo) ?? texts.set(memo, new XmlText(memo.record, memo.text, memo.file)).get(memo)!
  const aggregations = root.ele('aggregations')
  for (const c of cases) {
    const first = c.memos[0]!
    const firstText = textOf(first)
    const aggregation = aggregations.ele('aggregation', { systemIdentifier: c.objectId, aggregationType: 'caseFile' })
    aggregation.ele('objectId').txt(cleanId(firstText, first.record, c.objectId))
    if (first.record.metadata.title !== null)
      aggregation.ele('title').txt(firstText.clean('/metadata/title', first.record.metadata.title))
    for (const memo of c.memos) recordElement(aggregation, memo, textOf(memo), settings)
  }
  return xmlText(root)
}

/** An id made from the case number is cleaned like the case number itself. */
function cleanId(text: XmlText, record: CaseRecord, id: string): string {
  return record.metadata.caseNumber !== null && id.includes(record.metadata.caseNumber)
    ? text.clean('/metadata/caseNumber', id)
    : text.clean('', id)
}

function recordElement(parent: XMLBuilder, memo: ErmsMemo, text: XmlText, settings: ErmsSettings): void {
  const { record } = memo
  const m = record.metadata
  const personal = settings.config.personalData
  const attributes: Record<string, string> = { systemIdentifier: `sha256-${record.source.sha256}` }
  if (m.documentType !== null) attributes.recordType = text.clean('/metadata/documentType', m.documentType)
  const el = parent.ele('record', attributes)
  el.ele('objectId').txt(cleanId(text, record, memo.objectId))
  if (m.title !== null) el.ele('title').txt(text.clean('/metadata/title', m.title))
  record.references.forEach((r, i) =>
    el.ele('relation', { relationType: 'reference' }).txt(text.clean(`/references/${i}/caseNumber`, r.caseNumber))
  )
  el.ele('direction', { directionDefinition: MEMO_DIRECTION })

  const agents = el.ele('agents')
  m.officers.forEach((officer, i) => {
    const agent = agents.ele('agent', { agentType: 'responsible_person' })
    agent.ele('name').txt(text.clean(`/metadata/officers/${i}/name`, officer.name))
    agent.ele('organisation').txt(settings.config.organisation.name)
    if (m.unit !== null) agent.ele('unitName').txt(text.clean('/metadata/unit', m.unit))
    if (officer.title !== null) agent.ele('role').txt(text.clean(`/metadata/officers/${i}/title`, officer.title))
    if (settings.target === '3.0' && personal && (officer.phone !== null || officer.email !== null)) {
      const contact = agent.ele('addressContactInformation')
      if (officer.phone !== null)
        contact
          .ele('contactLine', { contactType: 'phonenumber' })
          .txt(text.clean(`/metadata/officers/${i}/phone`, officer.phone))
      if (officer.email !== null)
        contact
          .ele('contactLine', { contactType: 'email' })
          .txt(text.clean(`/metadata/officers/${i}/email`, officer.email))
    }
  })
  record.signatures?.signatories.forEach((s, i) => {
    const agent = agents.ele('agent', { agentType: i === 0 ? 'main_signatory' : 'other_signatory' })
    agent.ele('name').txt(text.clean(`/signatures/signatories/${i}/name`, s.name))
    if (s.title !== null) agent.ele('role').txt(text.clean(`/signatures/signatories/${i}/title`, s.title))
  })
  if (m.addressee !== null)
    agents.ele('agent', { agentType: 'receiver' }).ele('name').txt(text.clean('/metadata/addressee', m.addressee))
  if (personal)
    record.distribution?.recipients.forEach((r, i) =>
      agents
        .ele('agent', { agentType: 'recipient' })
        .ele('name')
        .txt(text.clean(`/distribution/recipients/${i}`, r))
    )
  if (agents.node.childNodes.length === 0) agents.remove()

  if (record.description !== null) el.ele('description').txt(text.clean('/description/text', record.description.text))
  if (m.date !== null) el.ele('dates').ele('date', { dateType: 'prepared' }).txt(dateTimeOf(m.date))
  const proposer = record.proposals?.proposer ?? null
  record.proposals?.items.forEach((item, i) => {
    const action = el.ele('action')
    action.ele('actionText').txt(text.clean(`/proposals/items/${i}/text`, item.text))
    if (proposer !== null)
      action
        .ele('agents')
        .ele('agent', { agentType: 'other', otherAgentType: 'proposer' })
        .ele('name')
        .txt(text.clean('/proposals/proposer', proposer))
  })
  const path = text.clean('/source/path', memo.appendixPath)
  el.ele('additionalInformation').ele('appendix', {
    name: basename(path),
    path,
    fileFormat: 'text/markdown',
    description: 'the memo as written (Markdown), from which this record was compiled'
  })
}
