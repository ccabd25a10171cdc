import { server } from '../mocks/node';

/** The paths of the requests the mock Palette receives while `run` runs, in the order they start. */
export async function requestPathsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const paths: string[] = [];
  const record = ({ request }: { request: Request }) => paths.push(new URL(request.url).pathname);
  server.events.on('request:start', record);
  try {
    await run();
  } finally {
    server.events.removeListener('request:start', record);
  }
  return paths;
}
