/**
 * How many documents this thread has compiled. bin/casefile.cjs keeps the V8 code cache that a
 * run makes only when that run compiled a document on the main thread: a batch compiles in
 * worker threads, and a cache made from its main thread lacks the compiler, which every later
 * single-file start would then compile again (16 ms of a 200 ms start, measured).
 */
let count = 0

export function countCompiled(): void {
  count++
}

export function compiledHere(): number {
  return count
}
