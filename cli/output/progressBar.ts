/**
 * A progress bar for long runs, drawn on stderr only when stderr is a terminal: redirected or piped
 * output (a log file, CI, `2>&1 | tee`) never gets carriage returns or bars. Redraws at most every
 * 100 ms, so the cost per step is one clock read.
 */
export class ProgressBar {
  private drawn = false;
  private lastDraw = 0;
  private readonly started = Date.now();

  constructor(
    private readonly write: ((text: string) => void) | undefined,
    private readonly label: string,
    private readonly total: number,
    private readonly columns = 80,
  ) {}

  /** Report that `done` of `total` steps are finished. */
  update(done: number): void {
    if (this.write === undefined) return;
    const now = Date.now();
    if (done < this.total && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const fraction = this.total === 0 ? 1 : Math.min(1, done / this.total);
    const tail = ` ${done}/${this.total} ${Math.floor(fraction * 100)}% ${((now - this.started) / 1000).toFixed(1)}s`;
    const width = Math.max(10, Math.min(40, this.columns - this.label.length - tail.length - 4));
    const filled = Math.round(fraction * width);
    this.write(`\r${this.label} [${"#".repeat(filled)}${"-".repeat(width - filled)}]${tail}`);
    this.drawn = true;
  }

  /** Erase the bar, leaving the terminal line clean for what follows. */
  finish(): void {
    if (this.write !== undefined && this.drawn) this.write("\r\u001b[2K");
  }
}
