/**
 * Report block results in document order as they become known: a result
 * waits only for the blocks before it, so the reader fills top-down without
 * jumps while later batches are still in flight.
 */
import type { BlockResult } from './types';

export class OrderedEmitter {
  private readonly results: (BlockResult | undefined)[];
  private next = 0;
  private stopped = false;

  constructor(
    private readonly ids: string[],
    private readonly onBlock: (id: string, result: BlockResult) => void,
  ) {
    this.results = new Array<BlockResult | undefined>(ids.length);
  }

  /** Record block `index`'s result and report every settled block in order. */
  settle(index: number, result: BlockResult): void {
    if (this.results[index] !== undefined) return;
    this.results[index] = result;
    this.flush();
  }

  /** After an abort nothing more is reported. */
  stop(): void {
    this.stopped = true;
  }

  get reported(): number {
    return this.next;
  }

  private flush(): void {
    while (!this.stopped && this.next < this.ids.length && this.results[this.next] !== undefined) {
      const index = this.next++;
      this.onBlock(this.ids[index]!, this.results[index]!);
    }
  }
}
