/**
 * How fast bulk actions send their calls: a little under Palette's limit (10 per second, burst 5).
 * Calls reach the server with some jitter, and a 429 costs a whole second (Retry-After is in
 * seconds); keeping one token and 5% of the rate in hand avoids nearly all of them. The queue is
 * run at this pace and the bulk dialog's wording counts with it, so what it says is what happens.
 */
export const BULK_PACE = { ratePerSecond: 9.5, burst: 4 } as const;
