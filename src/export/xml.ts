/**
 * The XML writer, xmlbuilder2, loaded on first use from casefile's node_modules (as
 * js-yaml is, src/lazy.ts): the command line's bundle stays the size it was, and only
 * the commands that export pay for the writer.
 */
import { createRequire } from 'node:module'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js'

export type { XMLBuilder }

const load = createRequire(import.meta.url)

/** A new XML 1.0 document (UTF-8) with its root element in `namespace`. */
export function xmlDocument(namespace: string, root: string, attributes: Record<string, string> = {}): XMLBuilder {
  const { create } = load('xmlbuilder2') as typeof import('xmlbuilder2')
  return create({ version: '1.0', encoding: 'UTF-8' }).ele(namespace, root, attributes)
}

/** The document as text: two-space indents, `\n`, checked well-formed by the writer, with a final newline. */
export function xmlText(root: XMLBuilder): string {
  return root.end({ prettyPrint: true, indent: '  ', newline: '\n', wellFormed: true }) + '\n'
}
