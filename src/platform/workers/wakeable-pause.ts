/**
 * The idle wait of a background worker that a notification cuts short (an outbox NOTIFY, shutdown):
 * `wait` resolves after `ms` or at the next `wake`, whichever comes first.
 */
export class WakeablePause {
  private wakeUp?: () => void;

  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  wake(): void {
    this.wakeUp?.();
  }
}

/** Runs work one piece at a time, in order: a worker's loop and its drain() never overlap. */
export class SerialRunner {
  private chain: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.chain.then(work);
    this.chain = result.catch(() => undefined);
    return result;
  }
}
