/**
 * The signature block: an optional formula (`I tjänsten`), then names, each
 * with a title on the next line or in the next paragraph. Handles titles that
 * wrap over lines and two signature columns flattened into one line
 * (`Socialchef Elisabeth Rågård`). Without a formula, a block is only taken
 * when a title reads as a job title, so a capitalised phrase in the text is not
 * taken for a person.
 */
import { joinLines, type Block } from '../blocks.js'
import type { Line, SignatureBlock, Signatory } from '../types.js'
import { isPersonName, isSignatureClause, splitNameAndTitle, splitTitleAndName, startsWithJobTitle } from '../../vocab/people.js'
import { atMostWords, fold } from '../../vocab/text.js'

export interface FoundSignatures {
  /** Indices of the blocks the signature block is made of. */
  indices: number[]
  node: SignatureBlock
}

function signatory(name: Line, titleLines: Line[]): Signatory {
  const person: Signatory = { type: 'signatory', name: name.text, title: null, position: name.position }
  if (titleLines.length > 0) setTitle(person, titleLines)
  return person
}

function setTitle(person: Signatory, lines: Line[]): void {
  const first = lines[0]!.position
  const last = lines.at(-1)!.position
  person.title = fold(joinLines(lines))
  person.titlePosition = { start: first.start, end: last.end }
  person.position = { start: person.position!.start, end: last.end }
}

function tryAt(blocks: Block[], start: number, skip: Set<number>): FoundSignatures | null {
  const indices: number[] = []
  let i = start
  let clause: Line | null = null
  const paragraph = (at: number) => {
    const b = blocks[at]
    return b && b.kind === 'paragraph' ? b : null
  }
  // `LANDSTINGSSTYRELSEN` above the names: the body that signs, set in capitals.
  let body: Line | null = null
  const top = paragraph(i)
  if (top && top.lines.length === 1 && isSigningBody(top.lines[0]!.text)) {
    body = top.lines[0]!
    indices.push(i)
    i++
    while (skip.has(i)) i++
  }
  const first = paragraph(i)
  if (first && first.lines.length === 1 && isSignatureClause(first.lines[0]!.text)) {
    clause = first.lines[0]!
    indices.push(i)
    i++
  }
  const people: Signatory[] = []
  while (i < blocks.length) {
    if (skip.has(i)) {
      i++
      continue
    }
    const b = paragraph(i)
    if (!b) break
    const [head, ...rest] = b.lines as [Line, ...Line[]]
    const last = people.at(-1)
    if (isPersonName(head.text)) {
      // Several signatories in one paragraph: a name line after title lines starts the next one.
      let titleLines: Line[] = []
      let name = head
      for (const line of rest) {
        if (titleLines.length > 0 && isPersonName(line.text) && !startsWithJobTitle(line.text)) {
          people.push(signatory(name, titleLines))
          name = line
          titleLines = []
        } else titleLines.push(line)
      }
      people.push(signatory(name, titleLines))
      indices.push(i)
      i++
      if (people.at(-1)!.title === null) {
        let n = i
        while (skip.has(n)) n++
        const next = paragraph(n)
        const nextHead = next?.lines[0]
        if (next && nextHead && startsWithJobTitle(nextHead.text)) {
          const split = splitTitleAndName(nextHead.text)
          const self = people.at(-1)!
          if (split) {
            setTitle(self, [{ text: split.title, position: nextHead.position }])
            people.push(signatory({ text: split.name, position: nextHead.position }, next.lines.slice(1)))
          } else setTitle(self, next.lines)
          indices.push(n)
          i = n + 1
        }
      }
      continue
    }
    // `Anna Berg, förvaltningschef`, `Anna Svensson Utredare`: name and title on one line.
    const both = splitNameAndTitle(head.text)
    if (both) {
      const at = head.position
      people.push(signatory({ text: both.name, position: at }, [{ text: both.title, position: at }, ...rest]))
      indices.push(i)
      i++
      continue
    }
    const split = splitTitleAndName(head.text)
    if (split && last && last.title === null) {
      setTitle(last, [{ text: split.title, position: head.position }])
      people.push(signatory({ text: split.name, position: head.position }, rest))
      indices.push(i)
      i++
      continue
    }
    if (last && last.title === null && startsWithJobTitle(head.text)) {
      setTitle(last, b.lines)
      indices.push(i)
      i++
      continue
    }
    break
  }
  if (people.length === 0) return null
  if (!clause && !people.some((p) => p.title && startsWithJobTitle(p.title))) return null
  const firstPos = (body ?? clause ?? { position: people[0]!.position! }).position
  const lastPos = people.at(-1)!.position!
  return {
    indices,
    node: {
      type: 'signatures',
      clause: clause ? clause.text : null,
      body: body ? body.text : null,
      ...(body ? { bodyPosition: body.position } : {}),
      children: people,
      position: { start: firstPos.start, end: lastPos.end }
    }
  }
}

/**
 * A signing body as a signature block sets it: one to four words in capitals,
 * no digits, no sentence (`SAMHÄLLSBYGGNAD`, `LANDSTINGSSTYRELSEN`, `SOCIALFÖRVALTNINGEN IFO`).
 */
function isSigningBody(text: string): boolean {
  const t = fold(text)
  return atMostWords(t, 4) && t.length >= 4 && !/[\d.!?:;@]/.test(t) && t === t.toUpperCase() && /[A-Z\u00C0-\u00DE]{4}/.test(t)
}

/** The first signature block among the body's blocks; `skip` are furniture blocks to step over. */
export function findSignatures(blocks: Block[], skip: Set<number>): FoundSignatures | null {
  for (let i = 0; i < blocks.length; i++) {
    if (skip.has(i) || blocks[i]!.kind !== 'paragraph') continue
    const found = tryAt(blocks, i, skip)
    if (found) return found
  }
  return null
}
