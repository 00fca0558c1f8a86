import { defineRule } from './types.js'
import { quote, sections } from './util.js'

/** Placeholders that are guidance in any section: `[Namn]`, `<datum>`, `Skriv här`, `Lorem ipsum`. */
const PLACEHOLDER =
  /\[[^\]\n]{1,40}\]|<[^>\n]{1,40}>|«[^»\n]{1,40}»|\b(?:skriv|fyll i|ange) (?:här|text)\b|^lorem ipsum\b/i

export default defineRule({
  meta: {
    id: 'template-text',
    type: 'problem',
    category: 'leftovers',
    severity: 'warn',
    description: "A section that still holds the template's guidance text.",
    messages: {
      guidance:
        'Unexpected template guidance text `{{text}}` in `{{heading}}`, expected recipients; replace it with ' +
        'the recipients or remove the section',
      placeholder:
        "Unexpected template placeholder in `{{text}}`, expected the document's own text; replace the placeholder"
    }
  },
  check({ tree }, report) {
    for (const section of sections(tree)) {
      for (const line of section.distribution?.guidance ?? [])
        report({
          messageId: 'guidance',
          data: { text: quote(line.text), heading: section.heading },
          place: line.position
        })
      // A distribution section's lines, and those of its sub-headings (`För kännedom`), are recipients or guidance.
      if (section.distribution || section.role === 'distribution') continue
      for (const node of section.children)
        if (node.type === 'paragraph' && PLACEHOLDER.test(node.text))
          report({ messageId: 'placeholder', data: { text: quote(node.text) }, place: node.position })
    }
  }
})
