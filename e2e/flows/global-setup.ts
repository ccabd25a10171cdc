import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { FLOWS_DIR, RECORDS_DIR, SHOTS_DIR } from './recorder';

/** Starts the gallery afresh: only what the generator wrote before goes, nothing else in the folder. */
export default function globalSetup(): void {
  for (const path of [RECORDS_DIR, join(FLOWS_DIR, SHOTS_DIR), join(FLOWS_DIR, 'index.html')])
    rmSync(path, { recursive: true, force: true });
  mkdirSync(FLOWS_DIR, { recursive: true });
}
