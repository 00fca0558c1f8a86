/** The report formats by name: what `check --format` accepts, without loading a reporter. */
export const REPORTERS = ['stylish', 'compact', 'json', 'github', 'sarif'] as const
export type ReporterName = (typeof REPORTERS)[number]
