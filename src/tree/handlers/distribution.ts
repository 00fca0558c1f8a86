/**
 * The distribution list (`Utdrag till`, `Expedieras till`, `Beslut sänds till`):
 * one recipient a line or list item. Template guidance text left in the section
 * is kept apart: it is not a recipient.
 */
import type { DistributionList, Line, Recipient, Section } from '../types.js'
import { isGuidanceText } from '../../vocab/documents.js'
import { UPPER_START, fold } from '../../vocab/text.js'

const BULLET = /^[•▪●◦·○■□➢►\u2022\u25aa\uf0b7\uf0a7\uf0d8\uf0fc–-]\s*/

/** `Ekonomienheten, Revisorerna och Kommunstyrelsen` → three recipients, when every part is a short name. */
export function splitRecipients(value: string): string[] {
  // Not the `och` of a shared compound (`Miljö- och byggförvaltningen`).
  const parts = value.split(/\s*[,;]\s*|(?<!-)\s+och\s+/).filter(Boolean)
  const names =
    parts.length > 1 && parts.every((p) => UPPER_START.test(p) && p.split(' ').length <= 4 && !/[.!?]$/.test(p))
  return names ? parts : [value]
}

export function buildDistribution(section: Section): DistributionList {
  const lines: Line[] = []
  for (const node of section.children) {
    if (node.type === 'paragraph') lines.push(...node.lines)
    else if (node.type === 'list')
      for (const li of node.children) lines.push({ text: li.text, position: li.position ?? section.position! })
  }
  const children: Recipient[] = []
  const guidance: Line[] = []
  for (const line of lines) {
    const value = fold(line.text.replace(BULLET, '')).replace(/[,;]$/, '')
    if (!value) continue
    if (isGuidanceText(value)) guidance.push(line)
    // A long sentence is text of the section, not a recipient.
    else if (value.split(' ').length > 12) continue
    else
      for (const part of splitRecipients(value))
        children.push({ type: 'recipient', value: part, position: line.position })
  }
  return { type: 'distributionList', children, guidance, position: section.position }
}
