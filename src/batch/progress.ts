/** A progress line on stderr when it is a terminal: done / total, rate, ETA, failures. */
export class Progress {
  private done = 0
  private failed = 0
  private readonly started = Date.now()
  private timer: NodeJS.Timeout | null = null

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly total: number,
    private readonly enabled: boolean
  ) {
    if (enabled) {
      this.timer = setInterval(() => this.draw(), 200)
      this.timer.unref()
    }
  }

  tick(failed: boolean): void {
    this.done++
    if (failed) this.failed++
  }

  private draw(): void {
    const seconds = (Date.now() - this.started) / 1000
    const rate = seconds > 0 ? this.done / seconds : 0
    const eta = rate > 0 ? Math.ceil((this.total - this.done) / rate) : 0
    const width = 24
    const filled = this.total > 0 ? Math.round((this.done / this.total) * width) : width
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`
    this.stream.write(
      `\r${bar} ${this.done}/${this.total}  ${rate.toFixed(0)} files/s  ETA ${eta}s  ${this.failed} failed\u001b[K`
    )
  }

  /** Clear the progress line before other output goes to the same stream. */
  clear(): void {
    if (this.enabled) this.stream.write('\r\u001b[K')
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    if (this.enabled) {
      this.draw()
      this.stream.write('\n')
    }
  }
}
