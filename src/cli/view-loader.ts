/**
 * Load the page commands (./view.ts). In the bundle, scripts/bundle.mjs puts a
 * `require('./view.cjs')` in place of this import: the page commands and their
 * HTML libraries live in a bundle of their own and cost other commands nothing.
 */
export function loadView(): Promise<typeof import('./view.js')> {
  return import('./view.js')
}
