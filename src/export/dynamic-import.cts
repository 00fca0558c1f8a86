/**
 * `import()` from a file Node loads itself. The command line runs its bundle through
 * `vm.Script` (for the code cache), where a dynamic import has no loader; an ES module
 * such as libxml2-wasm is imported through this CommonJS file instead.
 */
function importModule(specifier: string): Promise<unknown> {
  return import(specifier)
}
export = importModule
