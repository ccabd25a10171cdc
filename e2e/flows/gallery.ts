import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FLOWS, PERSONA_NAMES, PERSONAS, THEMES, type FlowEntry, type StateEntry } from './catalog';
import { FLOWS_DIR, RECORDS_DIR, type CaptureRecord } from './recorder';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function readRecords(): CaptureRecord[] {
  if (!existsSync(RECORDS_DIR)) return [];
  return readdirSync(RECORDS_DIR)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => JSON.parse(readFileSync(join(RECORDS_DIR, name), 'utf8')) as CaptureRecord[]);
}

function cell(state: StateEntry, records: CaptureRecord[], persona: (typeof PERSONAS)[number], theme: string) {
  const label = `${PERSONA_NAMES[persona].split(' (')[0]} · ${theme}`;
  const found = records.find((r) => r.persona === persona && r.theme === theme);
  const applies = !state.personas || (state.personas as readonly string[]).includes(persona);
  let body: string;
  if (found?.kind === 'shot' && found.file)
    body = `<a href="${escape(found.file)}"><img src="${escape(found.file)}" alt="${escape(`${state.caption}, as ${PERSONA_NAMES[persona]}, ${theme} theme`)}" loading="lazy" width="320" height="200"></a>`;
  else if (found?.kind === 'failed') body = `<p class="note failed">Could not be captured: ${escape(found.note ?? 'the flow failed')}</p>`;
  else if (!applies) body = `<p class="note">Not for this persona</p>`;
  else body = `<p class="note">Not captured in this run</p>`;
  const address = found?.address ? ` title="${escape(found.address)}"` : '';
  return `<figure${address}><figcaption>${escape(label)}</figcaption>${body}</figure>`;
}

function section(flow: FlowEntry, records: CaptureRecord[]): string {
  const states = flow.states
    .map((state) => {
      const mine = records.filter((r) => r.state === state.id);
      const cells = PERSONAS.flatMap((persona) => THEMES.map((theme) => cell(state, mine, persona, theme)));
      return `<article id="${flow.id}-${state.id}"><h3>${escape(state.caption)}</h3><div class="cells">${cells.join('')}</div></article>`;
    })
    .join('\n');
  return `<section id="${flow.id}"><h2>${escape(flow.title)}</h2><p>${escape(flow.summary)}</p>\n${states}</section>`;
}

/** Writes FLOWS_DIR/index.html: one section per flow, one row per state, a cell per persona and theme. */
export function writeGallery(records: CaptureRecord[]): { file: string; shots: number; failed: number } {
  const flows = FLOWS.filter((flow) => records.some((r) => r.flow === flow.id));
  const count = (kind: CaptureRecord['kind']) => records.filter((r) => r.kind === kind).length;
  const [shots, failed] = [count('shot'), count('failed')];
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Flows gallery · Palette API Key Console</title>
<style>
  body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; padding: 24px; max-width: 2100px; }
  header p { color: GrayText; margin: 4px 0; }
  nav ul { display: flex; flex-wrap: wrap; gap: 8px 20px; padding: 0; list-style: none; }
  section { margin-top: 40px; }
  h2 { border-bottom: 1px solid #8884; padding-bottom: 4px; }
  h3 { font-size: 1rem; margin: 24px 0 8px; }
  .cells { display: grid; grid-template-columns: repeat(6, minmax(160px, 1fr)); gap: 12px; }
  figure { margin: 0; }
  figcaption { font-size: 0.8rem; color: GrayText; margin-bottom: 4px; }
  img { width: 100%; height: auto; border: 1px solid #8886; border-radius: 4px; display: block; }
  .note { font-size: 0.85rem; border: 1px dashed #8886; border-radius: 4px; padding: 12px; margin: 0; aspect-ratio: 16 / 10; }
  .failed { border-color: #d32f2f; color: #d32f2f; }
</style>
</head>
<body>
<header>
<h1>Flows gallery</h1>
<p>Every flow and state of the console on the mock Palette, for each persona (Ava Admin, Uma User, Vic Viewer) in the light and dark theme. Click a picture for its full size; hover it for the address it was taken at.</p>
<p>${shots} screenshots${failed ? `, ${failed} states could not be captured` : ''}. Generated ${escape(new Date().toISOString())} by <code>npm run flows</code>.</p>
<nav aria-label="Flows"><ul>${flows.map((f) => `<li><a href="#${f.id}">${escape(f.title)}</a></li>`).join('')}</ul></nav>
</header>
<main>
${flows.map((flow) => section(flow, records.filter((r) => r.flow === flow.id))).join('\n')}
</main>
</body>
</html>
`;
  const file = join(FLOWS_DIR, 'index.html');
  writeFileSync(file, html);
  return { file, shots, failed };
}
