import { ScenarioPanel } from '../pages/scenario-panel';
import { PERSONAS } from './catalog';
import { expect, test } from './recorder';
import { MY_KEYS, open, restPointer } from './steps';

for (const persona of PERSONAS)
  test(`the scenario panel as ${persona}`, async ({ page, openAs, recordFlow }) => {
    const flow = recordFlow('designer', persona);
    await flow.capture('panel', async () => {
      await open(openAs, persona, MY_KEYS, { params: { fail: 'create', latency: '400' } });
      await new ScenarioPanel(page).open();
      await restPointer(page);
    });
    expect(flow.missing(), 'states of the catalog not captured').toEqual([]);
  });
