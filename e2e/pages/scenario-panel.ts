import { expect, type Locator, type Page } from '@playwright/test';

export type PersonaLabel =
  'Ava Admin (Tenant Admin)' | 'Uma User (no tenant role)' | 'Vic Viewer (Tenant Viewer)';
export type DatasetLabel =
  'Typical' | 'Empty (no keys)' | 'At the key limit' | 'Large (1,000 users, 20,000 keys)';
export type LatencyLabel = 'None' | '400 ms' | '3 s';
export type FailureLabel =
  | 'List fails (500)'
  | 'Create fails (500)'
  | 'Create conflicts on the name (409)'
  | 'Rate limited (429)'
  | 'Session expired (401)'
  | 'Offline (no answer)';

/** The mock's scenario panel (designer mode), found by role and name. */
export class ScenarioPanel {
  /** The "Scenario" button, bottom left. */
  readonly toggle: Locator;
  /** The panel: a complementary landmark named by its heading. */
  readonly panel: Locator;
  readonly persona: Locator;
  readonly dataset: Locator;
  readonly link: Locator;

  constructor(readonly page: Page) {
    this.toggle = page.getByRole('button', { name: 'Scenario', exact: true });
    this.panel = page.getByRole('complementary', { name: 'Scenario' });
    this.persona = this.panel.getByRole('combobox', { name: 'Persona' });
    this.dataset = this.panel.getByRole('combobox', { name: 'Dataset' });
    this.link = this.panel.getByRole('textbox', { name: 'Link to this state' });
  }

  async open(): Promise<void> {
    if ((await this.toggle.getAttribute('aria-expanded')) !== 'true') await this.toggle.click();
    await expect(this.panel).toBeVisible();
  }

  async close(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Close the scenario panel' }).click();
    await expect(this.panel).toBeHidden();
  }

  failure(label: FailureLabel): Locator {
    return this.panel.getByRole('checkbox', { name: label, exact: true });
  }

  latency(label: LatencyLabel): Locator {
    return this.panel.getByRole('radio', { name: label, exact: true });
  }

  /** Picks a persona; the page reloads signed in as them. */
  async choosePersona(label: PersonaLabel): Promise<void> {
    await this.persona.click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
    await expect(this.persona).toHaveText(label);
  }

  /** Picks a dataset; the page reloads on it. */
  async chooseDataset(label: DatasetLabel): Promise<void> {
    await this.dataset.click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
    await expect(this.dataset).toHaveText(label);
  }

  async setFailure(label: FailureLabel, on: boolean): Promise<void> {
    await this.failure(label).setChecked(on);
  }

  /** Copies the link to this state and returns what the clipboard got. */
  async copyLink(): Promise<string> {
    await this.panel.getByRole('button', { name: 'Copy link to this state' }).click();
    await expect(this.panel.getByText('Copied to the clipboard')).toBeVisible();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }
}
