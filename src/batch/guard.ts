/**
 * The size above which a single input (`compile`, `check`, `ast`) is always
 * worked on in a guarded worker, whatever its shape: cmark's pathological
 * inputs (nested emphasis, `>>>>` block quotes, lists nested one level a line,
 * unclosed links and comments) take remark-parse up to 1.7 s at 8 KiB and up to
 * 7.7 s at 16 KiB on a busy two-core machine, so no shape detector is trusted
 * above it. Starting the worker costs a run about 150 ms; memos are 2–7 KiB.
 */
export const GUARDED_BYTES = 8 * 1024

/** Is this input worked on in a guarded worker: large, pathological in shape, or read with the user's own patterns? */
export function needsGuard(bytes: Uint8Array, vocabulary: { caseNumbers?: string[] } | undefined): boolean {
  if (bytes.length > GUARDED_BYTES) return true
  if ((vocabulary?.caseNumbers?.length ?? 0) > 0) return true
  return looksPathological(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'))
}

/** Who may be at fault when a guard stops an input that was read with a configuration's own regular expressions. */
export function blame(vocabulary: { caseNumbers?: string[] } | undefined, source: string | null | undefined): string {
  if ((vocabulary?.caseNumbers?.length ?? 0) === 0) return ''
  return (
    `; the configuration ${source ? `\`${source}\` ` : ''}has its own patterns in ` +
    `\`vocabulary.caseNumbers\`, which may be at fault`
  )
}

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
