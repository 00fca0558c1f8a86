/**
 * docs/record.md is the record's public contract, with casefile's additions at
 * its end; the JSON Schema (src/schema/record-schema.ts) is its machine form.
 * They must agree: a field added to one and not the other fails here.
 */
import { expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { recordSchema } from '../src/schema/record-schema.js'
import { ROLES } from '../src/vocab/headings.js'
import { root } from './helpers.js'

const doc = readFileSync(join(root, 'docs', 'record.md'), 'utf8')
const [contract, additions] = doc.split('\n## Additions in casefile\n') as [string, string]

interface SchemaNode {
  properties?: Record<string, SchemaNode>
}
const schema = recordSchema as unknown as SchemaNode

const pathsOf = (text: string) => [...text.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!)

/** Every property path of the schema to a depth of two (`metadata.caseNumber`), and `metadata.officer.title`. */
function schemaPaths(): string[] {
  const out: string[] = []
  for (const [k, v] of Object.entries(schema.properties ?? {})) {
    out.push(k)
    if (k === 'metadata')
      for (const [k2, v2] of Object.entries(v.properties ?? {})) {
        out.push(`metadata.${k2}`)
        if (k2 === 'officer') for (const k3 of Object.keys(v2.properties ?? {})) out.push(`metadata.officer.${k3}`)
      }
  }
  return out
}

it('documents every field of the schema once, as contract or as addition', () => {
  const documented = [...pathsOf(contract), ...pathsOf(additions)]
  expect(pathsOf(contract)).toHaveLength(20)
  expect(pathsOf(additions)).toEqual([
    'metadata.officer.title',
    'metadata.titleWritten',
    'metadata.filingCode',
    'metadata.headerLines',
    'metadata.frontMatter',
    'metadata.paragraph',
    'preamble',
    'pageFurniture'
  ])
  // `metadata` holds the rows `metadata.…`; the officer's name, phone and e-mail are described in the row of
  // `metadata.officer`.
  const described = ['metadata', 'metadata.officer.name', 'metadata.officer.phone', 'metadata.officer.email']
  expect([...schemaPaths()].sort()).toEqual([...documented, ...described].sort())
})

it('lists the section roles the vocabulary has: the contract’s, and `proceedings` added', () => {
  const roles = (text: string, label: string) =>
    [...(new RegExp(`${label}:? ([^.]+)\\.`).exec(text.replace(/\n(?!\n)/g, ' '))?.[1] ?? '').matchAll(/`(\w+)`/g)].map(
      (m) => m[1]!
    )
  const listed = roles(contract, 'Section roles')
  expect(listed).toHaveLength(11)
  const added = /^Section role added: `(\w+)`/m.exec(additions)?.[1]
  expect(added).toBe('proceedings')
  expect([...listed, added].sort()).toEqual([...ROLES].sort())
})
