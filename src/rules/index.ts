/** Every check rule, by id, in the order `casefile rules` lists them. */
import type { Rule } from './types.js'
import missingCaseNumber from './missing-case-number.js'
import caseNumberFormat from './case-number-format.js'
import missingDate from './missing-date.js'
import impossibleDate from './impossible-date.js'
import missingTitle from './missing-title.js'
import missingHeader from './missing-header.js'
import unclassifiedHeader from './unclassified-header.js'
import emptyField from './empty-field.js'
import filenameCaseNumber from './filename-case-number.js'
import missingDescription from './missing-description.js'
import missingProposals from './missing-proposals.js'
import proposalNumbering from './proposal-numbering.js'
import emptyProposal from './empty-proposal.js'
import duplicateSection from './duplicate-section.js'
import unknownHeading from './unknown-heading.js'
import missingSignature from './missing-signature.js'
import signatoryWithoutTitle from './signatory-without-title.js'
import unitMismatch from './unit-mismatch.js'
import templateText from './template-text.js'
import pageFurniture from './page-furniture.js'
import mojibake from './mojibake.js'
import personalNumber from './personal-number.js'
import emptyDocument from './empty-document.js'
import frontMatter from './front-matter.js'
import duplicateCaseNumber from './duplicate-case-number.js'
import duplicateDate from './duplicate-date.js'
import titleFromPlainLine from './title-from-plain-line.js'
import duplicateTitle from './duplicate-title.js'
import unitFromPosition from './unit-from-position.js'

export const rules: ReadonlyArray<Rule<object>> = [
  emptyDocument,
  frontMatter,
  missingCaseNumber,
  caseNumberFormat,
  duplicateCaseNumber,
  missingDate,
  impossibleDate,
  duplicateDate,
  missingTitle,
  titleFromPlainLine,
  duplicateTitle,
  missingHeader,
  unclassifiedHeader,
  emptyField,
  filenameCaseNumber,
  missingDescription,
  missingProposals,
  proposalNumbering,
  emptyProposal,
  duplicateSection,
  unknownHeading,
  missingSignature,
  signatoryWithoutTitle,
  unitFromPosition,
  unitMismatch,
  templateText,
  pageFurniture,
  mojibake,
  personalNumber
]

export const ruleById: ReadonlyMap<string, Rule<object>> = new Map(rules.map((r) => [r.id, r]))
