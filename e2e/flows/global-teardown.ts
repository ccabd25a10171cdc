import { relative } from 'node:path';
import { readRecords, writeGallery } from './gallery';

/** Writes the gallery from what every test captured; fails the run when nothing was. */
export default function globalTeardown(): void {
  const { file, shots, failed } = writeGallery(readRecords());
  console.log(
    `Flows gallery: ${relative(process.cwd(), file)} (${shots} screenshots, ${failed} failed)`,
  );
  if (shots === 0) throw new Error('The flows gallery has no screenshot: the generator did not run any flow.');
}
