import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test as base, type Persona, type Theme } from '../fixtures';
import { FLOWS, type FlowEntry, type FlowId, type StateId } from './catalog';

/** Where the gallery goes: `flows/` unless FLOWS_DIR says otherwise (the smoke run of `npm test`). */
export const FLOWS_DIR = resolve(process.env.FLOWS_DIR ?? 'flows');
export const RECORDS_DIR = join(FLOWS_DIR, '.records');
export const SHOTS_DIR = 'shots';

/** One cell of the gallery: a screenshot, or the error that kept the flow from taking it. */
export interface CaptureRecord {
  flow: string;
  state: string;
  persona: Persona;
  theme: Theme;
  kind: 'shot' | 'failed';
  /** The screenshot, relative to FLOWS_DIR. */
  file?: string;
  /** The page's address when the screenshot was taken (path and query). */
  address?: string;
  note?: string;
}

/** Takes a flow's screenshots for one persona in one theme, and remembers what it took. */
export class FlowRecorder<F extends FlowId> {
  readonly records: CaptureRecord[] = [];
  /** The state being reached, to report it when the test fails on the way. */
  pending: string | undefined;

  constructor(
    private readonly page: Page,
    readonly flow: F,
    readonly persona: Persona,
    readonly theme: Theme,
  ) {}

  private record(state: string, rest: Omit<CaptureRecord, 'flow' | 'state' | 'persona' | 'theme'>) {
    this.records.push({ flow: this.flow, state, persona: this.persona, theme: this.theme, ...rest });
  }

  /** Reaches `state` with `reach`, then takes its screenshot (the viewport, animations stopped). */
  async capture(state: StateId<F>, reach: () => Promise<void>): Promise<void> {
    this.pending = state;

    await base.step(`${this.flow} › ${state}`, async () => {
      await reach();
      const file = `${SHOTS_DIR}/${this.flow}/${state}--${this.persona}-${this.theme}.png`;
      await this.page.screenshot({ path: join(FLOWS_DIR, file), animations: 'disabled', caret: 'hide' });
      const url = new URL(this.page.url());
      this.record(state, { kind: 'shot', file, address: `${url.pathname}${url.search}` });
    });

    this.pending = undefined;
  }

  /**
   * The states the catalog lists for this flow and persona that have no screenshot: a flow passes only
   * when this is empty, so a walk that forgets or cannot reach a state fails instead of leaving a hole.
   */
  missing(): string[] {
    const flow: FlowEntry | undefined = FLOWS.find((entry) => entry.id === this.flow);
    const shot = new Set(this.records.filter((r) => r.kind === 'shot').map((r) => r.state));
    return (flow?.states ?? [])
      .filter((state) => !state.personas || state.personas.includes(this.persona))
      .map((state) => state.id)
      .filter((id) => !shot.has(id));
  }

  /** Writes what was captured, and the state the test failed on, for the gallery. */
  save(testId: string, error: string | undefined): void {
    if (this.pending && error) this.record(this.pending, { kind: 'failed', note: error });
    mkdirSync(RECORDS_DIR, { recursive: true });
    writeFileSync(
      join(RECORDS_DIR, `${testId}.json`),
      JSON.stringify(this.records, null, 2),
    );
  }
}

interface FlowFixtures {
  /** Starts the recorder of `flow` for `persona`, in the project's theme (`light` or `dark`). */
  recordFlow: <F extends FlowId>(flow: F, persona: Persona) => FlowRecorder<F>;
}

export const test = base.extend<FlowFixtures>({
  recordFlow: async ({ page }, use, testInfo) => {
    const theme = testInfo.project.name === 'dark' ? 'dark' : 'light';
    const recorders: FlowRecorder<FlowId>[] = [];
    await use((flow, persona) => {
      const recorder = new FlowRecorder(page, flow, persona, theme);
      recorders.push(recorder as unknown as FlowRecorder<FlowId>);
      return recorder;
    });
    const error = testInfo.error?.message
      // eslint-disable-next-line no-control-regex -- terminal colours in Playwright's messages
      ?.replace(/\u001b\[[0-9;]*m/g, '')
      .split('\n')
      .find((line) => line.trim());
    recorders.forEach((recorder, index) =>
      recorder.save(`${testInfo.testId}-${index}`, testInfo.status === testInfo.expectedStatus ? undefined : error),
    );
  },
});

export { expect } from '../fixtures';
