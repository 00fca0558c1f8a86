/**
 * The mapping record → CITS ERMS as a table: what src/export/erms.ts writes, where each
 * value comes from. docs/erms.md holds this table (a test keeps them equal) and every
 * package carries it in `documentation/`.
 */
export interface MappingRow {
  /** The ERMS element or attribute, as a path below `erms`. */
  erms: string
  /** Where the value comes from: a record field, the configuration, or a constant. */
  from: string
  /** When it is written, and how. */
  note: string
}

export const MAPPING: MappingRow[] = [
  {
    erms: 'control/identification[@identificationType="UUID"]',
    from: "the memos' `source.sha256`",
    note: "UUIDv5 of the sources' digests: the same memos give the same id"
  },
  {
    erms: 'control/classificationSchema/textualDescriptionOfClassificationSchema/p',
    from: '`export.classificationScheme`',
    note: 'when configured'
  },
  { erms: 'control/maintenanceInformation/maintenanceStatus/@value', from: '`new`', note: 'always' },
  {
    erms: 'control/maintenanceInformation/maintenanceAgency/agencyCode[@type="organisationsnummer"]',
    from: '`export.organisation.number`',
    note: 'when configured'
  },
  {
    erms: 'control/maintenanceInformation/maintenanceAgency/agencyName',
    from: '`export.organisation.name`',
    note: 'required'
  },
  { erms: '…/maintenanceEvent/eventType/@value', from: '`created`', note: 'always' },
  {
    erms: '…/maintenanceEvent/eventDateTime',
    from: '`--created`, else `SOURCE_DATE_EPOCH`, else the latest `metadata.date` of the case',
    note: '`xs:dateTime` (`2020-08-28T00:00:00`); no date at all: the memo fails'
  },
  {
    erms: '…/maintenanceEvent/agent[@agentType="other"][@otherAgentType="software"]/name',
    from: '`casefile` and its version',
    note: 'always'
  },
  { erms: 'aggregations/aggregation/@aggregationType', from: '`caseFile`', note: 'one aggregation per case' },
  {
    erms: 'aggregation/@systemIdentifier, aggregation/objectId',
    from: '`metadata.caseNumber`',
    note: 'a memo without one: its record `objectId`'
  },
  { erms: 'aggregation/title', from: "`metadata.title` of the case's first memo", note: 'when not null' },
  { erms: 'aggregation/record/@systemIdentifier', from: '`source.sha256`', note: '`sha256-<hex>`' },
  { erms: 'record/@recordType', from: '`metadata.documentType`', note: 'when not null' },
  {
    erms: 'record/objectId',
    from: '`export.idTemplate` (default `{caseNumber}`; `{date}`, `{year}`, `{file}`, `{sha8}`)',
    note: 'a placeholder without a value: the memo fails, never an empty element'
  },
  { erms: 'record/title', from: '`metadata.title`', note: 'when not null' },
  { erms: 'record/relation[@relationType="reference"]', from: '`references[].caseNumber`', note: 'one per reference' },
  {
    erms: 'record/direction/@directionDefinition',
    from: '`internal_memo_for_follow-up`',
    note: 'a tjänsteskrivelse prepares a decision'
  },
  {
    erms: 'record/agents/agent[@agentType="responsible_person"]/name',
    from: '`metadata.officers[].name`',
    note: 'one per officer'
  },
  { erms: '…responsible_person/organisation', from: '`export.organisation.name`', note: 'always' },
  { erms: '…responsible_person/unitName', from: '`metadata.unit`', note: 'when not null' },
  { erms: '…responsible_person/role', from: '`metadata.officers[].title`', note: 'when not null' },
  {
    erms: '…responsible_person/addressContactInformation/contactLine[@contactType="phonenumber"\\|"email"]',
    from: '`metadata.officers[].phone`, `.email`',
    note:
      'only with `--erms-version 3.0` and `export.personalData: true` (2.1.2 allows a contact line only ' +
      'after a postal address)'
  },
  {
    erms: 'record/agents/agent[@agentType="main_signatory"]',
    from: '`signatures.signatories[0]`: `name`, `title` → `role`',
    note: 'when there are signatories'
  },
  {
    erms: 'record/agents/agent[@agentType="other_signatory"]',
    from: '`signatures.signatories[1…]`: `name`, `title` → `role`',
    note: 'one per further signatory'
  },
  { erms: 'record/agents/agent[@agentType="receiver"]/name', from: '`metadata.addressee`', note: 'when not null' },
  {
    erms: 'record/agents/agent[@agentType="recipient"]/name',
    from: '`distribution.recipients[]`',
    note: 'only with `export.personalData: true`'
  },
  { erms: 'record/description', from: '`description.text`', note: 'when not null' },
  { erms: 'record/dates/date[@dateType="prepared"]', from: '`metadata.date`', note: '`xs:dateTime`, when not null' },
  { erms: 'record/action/actionText', from: '`proposals.items[].text`', note: 'one `action` per item, in order' },
  {
    erms: 'record/action/agents/agent[@agentType="other"][@otherAgentType="proposer"]/name',
    from: '`proposals.proposer`',
    note: 'when not null'
  },
  {
    erms: 'record/additionalInformation/appendix/@name, @path, @fileFormat',
    from: 'the source file (`text/markdown`)',
    note: 'the path beside the ERMS document (in a package: its name in `data/`)'
  }
]

/** The table in Markdown. */
export function mappingTable(): string {
  const rows = MAPPING.map((r) => `| \`${r.erms}\` | ${r.from} | ${r.note} |`)
  return ['| ERMS | from | when / how |', '|---|---|---|', ...rows].join('\n') + '\n'
}
