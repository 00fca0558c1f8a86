/**
 * The guards every command puts on an input, by default: its size, the time it
 * may take and the memory it may use (`--max-bytes`, `--timeout`, `--max-memory`).
 */
export const DEFAULT_MAX_BYTES = 1_000_000
export const DEFAULT_TIMEOUT_MS = 5_000
export const DEFAULT_MAX_MEMORY_MB = 512
