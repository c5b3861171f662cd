/** A FIFO lock: LadybugDB connections run one transaction at a time, and the store one writer. */
export class Mutex {
  private tail: Promise<void> = Promise.resolve();
  private waiting = 0;

  get queueLength(): number {
    return this.waiting;
  }

  async runExclusive<T>(work: () => Promise<T>): Promise<T> {
    this.waiting += 1;
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    try {
      return await work();
    } finally {
      this.waiting -= 1;
      release();
    }
  }
}
