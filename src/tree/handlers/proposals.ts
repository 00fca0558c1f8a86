/**
 * The proposed decision: the items of the proposals section, written as an
 * ordered list, bullets (Markdown or glyphs left by a converter), att-clauses,
 * or plain paragraphs. A lead-in (`Nämnden föreslås besluta`) is not an item;
 * nothing after the signature block is an item.
 */
import type { ListItem, Paragraph, ProposalItem, ProposalList, Section, SectionContent } from '../types.js'
import { besideDecision } from '../../vocab/documents.js'
import { proposerFromHeading } from '../../vocab/headings.js'
import { BULLET_MARK, LETTER, LOWER, UPPER, UPPER_START, endsSentence, fold } from '../../vocab/text.js'

/**
 * The lines of a paragraph joined into runs: a line for which `opens(line, previous)` holds starts the next run,
 * any other goes on with the run before it.
 */
function runsOfLines(lines: Paragraph['lines'], opens: (line: string, previous: string) => boolean): string[] {
  const runs: string[] = []
  lines.forEach((line, i) => {
    if (i === 0 || opens(line.text, lines[i - 1]!.text)) runs.push(line.text)
    else runs[runs.length - 1] = `${runs.at(-1)!} ${line.text}`
  })
  return runs
}

/**
 * The decisions of a paragraph whose lines a conversion kept (`Nämnden lämnar yttrande … län.` / `Paragrafen förklaras
 * omedelbart justerad.`): a line that opens with a capital after a line that ended a sentence opens the next decision.
 */
function sentenceLines(p: Paragraph): Array<{ p: Paragraph; text: string }> {
  if (p.lines.length < 2) return [{ p, text: p.text }]
  const runs = runsOfLines(p.lines, (line, previous) => endsSentence(previous) && UPPER_START.test(line))
  return runs.map((text) => ({ p, text: fold(text) }))
}

/** A small letter first: the text goes on from the paragraph before. */
const LOWER_START = new RegExp(String.raw`^[${LOWER}]`)

/** ` att ` and a small letter: the next clause of a run-together proposal, but when something is to apply. */
const NEXT_ATT_CLAUSE = new RegExp(
  String.raw`\s+att\s+(?!(?:gälla|börja gälla|träda i kraft|tillämpas|upphöra)\b)(?=[${LOWER}])`,
  'g'
)

export const LEAD_IN =
  /(?:besluta|beslutar|beslutat|föreslås|föreslår|följande|yrkar|yrkande|att besluta)(?: för egen del)?\s*[:.]?$|:$/i

/** The last sentence of a text, from a capital after a sentence's end. */
const LAST_SENTENCE = new RegExp(String.raw`[.!?]\s+([${UPPER}][^.!?]*[:.]?)$`)

/**
 * `Planen antas. Kommunstyrelsen beslutar för egen del`: the lead-in of the next items, run into the item before it
 * (a line under a list item goes on with it in Markdown), taken off. The item as it is when it ends otherwise.
 */
function withoutLeadIn(text: string): string {
  if (!LEAD_IN.test(text)) return text
  const last = LAST_SENTENCE.exec(text)
  return last && LEAD_IN.test(last[1]!) ? text.slice(0, last.index + 1) : text
}
const NUMBERED_PARAGRAPH = new RegExp(String.raw`^(\d{1,2})[.)]?\s+(?=[${UPPER}])`)

/** `Kommunstyrelsens beslut` over the decision: who decides, a sub-heading, not an item. */
const DECIDER_HEADING = new RegExp(String.raw`^[${UPPER}][${LETTER}-]*s(?: [${LOWER}-]+s)? beslut$`)
export const SUB_HEADING = new RegExp(String.raw`^(.+?[${LETTER}])s förslag\b`)

function item(number: number | null, text: string, node: Paragraph | ListItem): ProposalItem {
  // The `,` / `, samt` / `och` that joined an item to the next goes, as an att-clause's does.
  const value = clause(text)
  return { type: 'proposalItem', number, text: value, position: node.position }
}

/** An att-clause without the `, samt` / `och` / `;` that joined it to the next one. */
function clause(text: string): string {
  return fold(text).replace(/(?:\s*[,;]\s*(?:samt|och)?|\s+(?:samt|och))[\s,;]*$/, '')
}

/** A paragraph that continues the previous one across a page break (`renovering av` / `kommunhuset.`). */
function continues(previous: ProposalItem | undefined, text: string): boolean {
  return previous !== undefined && !endsSentence(previous.text) && LOWER_START.test(text)
}

/** `att A, att B samt att C` → three clauses; clauses run together with nothing between them are split too. */
function splitAttClauses(text: string): string[] {
  const clauses: string[] = []
  for (const piece of text.split(/(?:,\s*|;\s*|\s+samt\s+|\s+och\s+)(?=att\s)/i)) {
    const clause = piece.trim()
    if (clause) clauses.push(...runTogether(clause))
  }
  return clauses
}

/** Words after which `att` opens their own complement (`i uppdrag att`, `för att`, `så att`), not a new clause. */
const TAKES_ATT = new Set([
  'för',
  'så',
  'genom',
  'efter',
  'innan',
  'utan',
  'än',
  'om',
  'till',
  'med',
  'på',
  'av',
  'i',
  'sätt',
  'syfte',
  'syftet',
  'uppdrag',
  'uppdraget',
  'möjlighet',
  'möjligheten',
  'rätt',
  'rätten',
  'skyldighet',
  'ansvar',
  'ansvaret',
  'krav',
  'kravet',
  'behov',
  'avsikt',
  'avsikten',
  'mål',
  'målet',
  'beslut',
  'beslutet',
  'förslag',
  'förslaget',
  'besluta',
  'beslutar',
  'föreslå',
  'föreslår',
  'föreslås',
  'bör',
  'ska',
  'skall',
  'kan',
  'får',
  'vill',
  'viktigt',
  'nödvändigt',
  'angeläget',
  'tid',
  'tillfälle',
  'chans',
  'uppgift',
  'uppgiften',
  'vägen',
  'sätta',
  'se',
  'ser',
  'innebär',
  'innebära',
  'gäller'
])
/**
 * Verbs that give someone a task: the `att` after `uppdra åt förvaltningen` or `föreslå
 * kommunfullmäktige` is the task, not a new clause.
 */
const TASK_VERBS = 'uppdra[rs]?|uppdrog|uppmana[rs]?|anmoda[rs]?|begära|begär|hemställa|föreslå[rs]?|åt|hos'
const GIVES_TASK = new RegExp(`(?<![${LETTER}])(?:${TASK_VERBS})(?![${LETTER}])`, 'i')

/**
 * `att godkänna budgeten att överlämna den till styrelsen`: att-clauses that a conversion ran
 * together without their commas. Cut before an `att` that no word before it takes and that no
 * task-giving verb in the clause governs; each clause keeps three words at least.
 */
function runTogether(clause: string): string[] {
  if (!/^att\s/i.test(clause)) return [clause]
  const out: string[] = []
  let from = 0
  // `att anta policyn att gälla från och med 1 juli`: when something is to apply, from when, is no clause of its own.
  for (const m of clause.matchAll(NEXT_ATT_CLAUSE)) {
    const before = clause.slice(from, m.index)
    const previous = (/(\S+)$/.exec(before)?.[1] ?? '').toLowerCase().replace(/[,.;:]$/, '')
    if (TAKES_ATT.has(previous) || GIVES_TASK.test(before) || before.split(' ').length < 3) continue
    out.push(before.trim())
    from = m.index + m[0].length - m[0].trimStart().length
  }
  const rest = clause.slice(from).trim()
  // An att-clause needs a verb and what it acts on: fewer than three words after `att` is no clause of its own.
  if (out.length > 0 && rest.split(' ').length < 3) return [clause]
  out.push(rest)
  return out
}

/**
 * `1. Nämnden godkänner X. 2. Nämnden överlämnar Y.`: a numbered list that a
 * converter ran into one item. Split where the next number follows a sentence end.
 */
function splitRunTogether(number: number | null, text: string): Array<[number | null, string]> {
  if (number === null) return [[number, text]]
  const out: Array<[number | null, string]> = []
  let rest = text
  let current = number
  for (;;) {
    const next = new RegExp(`(?<=[.!?:;])\\s+${current + 1}[.)]\\s+`, 'u').exec(rest)
    if (!next) break
    out.push([current, rest.slice(0, next.index)])
    rest = rest.slice(next.index + next[0].length)
    current++
  }
  out.push([current, rest])
  return out
}

/**
 * Where a decision's lead-in ends and its first att-clause begins: `… beslutar att`, `… föreslår kommunfullmäktige
 * besluta att`.
 */
const DECIDES = /\b(?:besluta[rt]?|beslöt|föreslås besluta|föreslå[rs]? [^,.;]{1,60}? besluta)\s+(?=att\s)/i

/**
 * The att-clauses of a one-sentence decision with two or more of them (`… beslutar att A, att B
 * samt att C` → `att A`, `att B`, `att C`); null for a decision with one clause, which stays whole.
 */
function inlineClauses(text: string): string[] | null {
  const lead = DECIDES.exec(text)
  if (!lead) return null
  const clauses = splitAttClauses(text.slice(lead.index + lead[0].length))
  // One clause is the sentence itself: only two or more are items to split.
  return clauses.length >= 2 ? clauses : null
}

/** A sentence end followed by another sentence: a paragraph of more than one sentence. */
const NEXT_SENTENCE = new RegExp(`[.!?] [${UPPER}]`)

/**
 * A decision's own sentences after its list (`Föreläggandet förenas inte med vite.`, `Beslutet gäller omedelbart.`):
 * under a decision's heading, the paragraphs of one sentence each that follow the list, up to the first that is not
 * one or stands beside the decision (`Har du frågor om beslutet, kontakta …`, `Beslutet har fattats med stöd av
 * delegation …`). A proposal's list stands alone: what follows it there is comment (`Fullmäktige fattar det slutliga
 * beslutet.`).
 */
function decisionAfterList(content: SectionContent[], list: SectionContent): ProposalItem[] {
  const items: ProposalItem[] = []
  for (const node of content.slice(content.indexOf(list) + 1)) {
    if (
      node.type !== 'paragraph' ||
      !endsSentence(node.text) ||
      NEXT_SENTENCE.test(node.text) ||
      besideDecision(node.text)
    )
      break
    items.push(item(null, node.text, node))
  }
  return items
}

export function buildProposals(section: Section): ProposalList {
  const content: SectionContent[] = []
  for (const node of section.children) {
    if (node.type === 'signatures') break
    if (node.type !== 'furniture') content.push(node)
  }
  let proposer = proposerFromHeading(section.heading)
  const first = content[0]
  if (first?.type === 'paragraph' && first.lines.length === 1 && !endsSentence(first.text)) {
    const m = SUB_HEADING.exec(first.text)
    // The decider named before `beslutar` is an organ or an office, at most three words
    // (`Kommunstyrelsens arbetsutskott`).
    if (m && m[1]!.split(' ').length <= 3) {
      proposer ??= m[1]!
      content.shift()
    } else if (DECIDER_HEADING.test(first.text)) content.shift()
  }

  const lists = content.filter((n) => n.type === 'list')
  const ordered = lists.filter((l) => l.ordered)
  if (lists.length > 0) {
    const chosen = ordered.length > 0 ? ordered : lists
    const children = chosen.flatMap((l) =>
      l.children.flatMap((li) => splitRunTogether(li.number, withoutLeadIn(li.text)).map(([n, t]) => item(n, t, li)))
    )
    if (section.role === 'decision') children.push(...decisionAfterList(content, chosen.at(-1)!))
    return {
      type: 'proposalList',
      proposer,
      form: ordered.length > 0 ? 'ordered' : 'bullets',
      children,
      position: section.position
    }
  }

  const paragraphs = content.filter((n): n is Paragraph => n.type === 'paragraph')
  const children: ProposalItem[] = []
  let form: ProposalList['form'] = 'paragraphs'

  if (paragraphs.some((p) => BULLET_MARK.test(p.text))) {
    form = 'bullets'
    let open = false
    for (const p of paragraphs) {
      if (BULLET_MARK.test(p.text)) {
        // Bullets on the lines of one paragraph (`– att A` / `– att B`): each opens an item, a line without one
        // goes on with it.
        for (const text of runsOfLines(p.lines, (line) => BULLET_MARK.test(line)))
          children.push(item(null, text.replace(BULLET_MARK, ''), p))
        open = true
      } else if (open && continues(children.at(-1), p.text)) {
        children.at(-1)!.text = fold(`${children.at(-1)!.text} ${p.text}`)
      } else open = false
    }
  } else if (paragraphs.some((p) => p.lines.some((l) => /^att\s/i.test(l.text)))) {
    form = 'att-clauses'
    for (const p of paragraphs) {
      // A paragraph may hold several att-lines; a line that does not start with att continues the one before.
      const clauses: string[] = []
      for (const line of p.lines) {
        if (/^att\s/i.test(line.text)) clauses.push(line.text)
        else if (clauses.length > 0) clauses[clauses.length - 1]! += ` ${line.text}`
      }
      if (clauses.length === 0) {
        if (continues(children.at(-1), p.text)) children.at(-1)!.text = fold(`${children.at(-1)!.text} ${p.text}`)
        continue
      }
      for (const line of clauses) for (const part of splitAttClauses(line)) children.push(item(null, part, p))
    }
  } else {
    for (const { p, text } of paragraphs.flatMap(sentenceLines)) {
      // A lead-in is no item, nor a sentence beside the decision (`Har du frågor, kontakta …`, `Beslutet har fattats
      // med stöd av delegation …`).
      if (LEAD_IN.test(text) || besideDecision(text)) continue
      // `Nämnden beslutar att A, att B samt att C`: a decision whose clauses run on after its lead-in.
      const inline = inlineClauses(text)
      if (inline) {
        form = 'att-clauses'
        for (const part of inline) children.push(item(null, part, p))
        continue
      }
      // `1 Med hänvisning till …`, `1\. Taxan antas.`: a numbered paragraph as a conversion leaves it (no point, an
      // escaped one).
      const numbered = NUMBERED_PARAGRAPH.exec(text)
      if (
        numbered &&
        Number(numbered[1]) === children.filter((c) => c.number !== null).length + 1 &&
        (form === 'paragraphs' || form === 'ordered')
      ) {
        form = 'ordered'
        children.push(item(Number(numbered[1]), text.slice(numbered[0].length), p))
      } else if (continues(children.at(-1), text)) children.at(-1)!.text = fold(`${children.at(-1)!.text} ${text}`)
      else if (children.length > 0 && children.every((c) => endsSentence(c.text)) && !endsSentence(text)) {
        // Items written as sentences, then a line that is none (`Kallelser och protokoll för nämnden`, a web page's
        // link): the decision has ended.
        break
      } else children.push(item(null, text, p))
    }
  }
  return { type: 'proposalList', proposer, form, children, position: section.position }
}
