import { z } from '../lib/zod';
import { tabStore } from './tab-store';

/** Failures a designer or a test can inject into the mock (spec section 6). */
export const FAILURES = [
  'list',
  'create',
  'create-conflict',
  'create-no-answer',
  'create-unreached',
  'revoke',
  'rate-limit',
  'session-expired',
  'offline',
  'history',
] as const;
export type FailureId = (typeof FAILURES)[number];

export const LATENCIES = [0, 400, 3000] as const;

export interface Scenario {
  failures: FailureId[];
  /** Extra milliseconds before each answer. */
  latency: number;
}

const STORE_KEY = 'palette-mock:scenario';

const scenarioSchema = z.object({
  failures: z.array(z.enum(FAILURES)),
  latency: z.number().finite().min(0).max(10_000),
}) satisfies z.ZodType<Scenario>;

function load(): Scenario {
  try {
    const raw = tabStore.read(STORE_KEY);
    // Validated: the tab's storage is anyone's to edit, and a damaged entry means no scenario.
    const parsed = raw ? scenarioSchema.safeParse(JSON.parse(raw)) : undefined;
    if (parsed?.success) return parsed.data;
  } catch {
    // A damaged entry means no scenario.
  }
  return { failures: [], latency: 0 };
}

let current: Scenario = load();

export function scenario(): Scenario {
  return current;
}

export function setScenario(next: Partial<Scenario>): Scenario {
  current = { ...current, ...next };
  tabStore.write(STORE_KEY, JSON.stringify(current));
  return current;
}

export function failing(failure: FailureId): boolean {
  return current.failures.includes(failure);
}

export function parseFailures(raw: string | null): FailureId[] {
  return (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s): s is FailureId => (FAILURES as readonly string[]).includes(s));
}
