/**
 * Inputs that make the Markdown parser slow beyond reason have a shape that is
 * cheap to see: containers nested very deep (a 10 kB one-line list 5,000 deep
 * takes remark-parse 13 s) or thousands of emphasis or link delimiters (128 kB
 * of `*a` runs take over a minute). A single file with such a shape is compiled
 * in a worker under the time and memory guards; ordinary memos stay in-process.
 */
const NESTING = /^(?:[ \t]*(?:[>*+-]|\d{1,9}[.)])[ \t]+){32}/m

export function looksPathological(text: string): boolean {
  if (NESTING.test(text)) return true
  let delimiters = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 42 || c === 95 || c === 91 || c === 93 || c === 60) {
      if (++delimiters > 4000) return true
    }
  }
  return false
}
