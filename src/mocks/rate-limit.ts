/**
 * Palette's limit on the /v1/apiKeys routes: about 10 requests per second with a burst of 5,
 * as a token bucket. `take()` answers how many seconds to wait, or 0 when the call may go ahead.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly ratePerSecond = 10,
    private readonly burst = 5,
    private readonly clock: () => number = () => Date.now(),
  ) {
    this.tokens = burst;
    this.last = clock();
  }

  take(): number {
    const now = this.clock();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.ratePerSecond);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return (1 - this.tokens) / this.ratePerSecond;
  }

  reset(): void {
    this.tokens = this.burst;
    this.last = this.clock();
  }
}
