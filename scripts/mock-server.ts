/**
 * The contract server: the mock Palette (the same MSW handlers, db and permission matrix as the browser
 * worker and Vitest) served over real HTTP, for non-browser clients (curl, the console's "Copy as curl"
 * snippet, SDKs) and for the real-backend end-to-end tests behind nginx.
 *
 * Unlike the browser mock it has no persona fallback: every request needs credentials, as on Palette.
 * Sign in with `POST /v1/auth/authenticate` (a seeded user's email, the organisation and the seed
 * password, see README) and send the token as `Authorization`, or send a key it created as `ApiKey`.
 *
 *   npm run mock:server                    # http://127.0.0.1:8787
 *   PORT=9000 npm run mock:server
 *   PORT=0 npm run mock:server             # any free port; the first line printed names it
 *
 * Environment: PORT (8787), HOST (127.0.0.1: loopback only; the mock is not meant to be reachable from
 * elsewhere), MOCK_DATASET (typical | empty | at-limit | large), MOCK_TOKEN_TTL_SECONDS (900, Palette's
 * token lifetime), MOCK_QUIET=1 (no request log).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import process from 'node:process';
import { getResponse } from 'msw';
import { mockControl } from '../src/mocks/control';
import { isDatasetId } from '../src/mocks/data';
import { handlers } from '../src/mocks/handlers';
import { nextRef, requireCredentials } from '../src/mocks/handlers/common';

const HOST = process.env.HOST || '127.0.0.1';
const PORT = Number(process.env.PORT || 8787);
const QUIET = process.env.MOCK_QUIET === '1';
const MAX_BODY_BYTES = 1024 * 1024;

requireCredentials(true);
const dataset = process.env.MOCK_DATASET;
if (dataset && !isDatasetId(dataset)) {
  console.error(`MOCK_DATASET=${dataset} is not one of typical, empty, at-limit, large`);
  process.exit(2);
}
mockControl.reset(isDatasetId(dataset) ? dataset : 'typical');
const ttlSeconds = Number(process.env.MOCK_TOKEN_TTL_SECONDS);
if (ttlSeconds > 0) mockControl.setTokenLifetime(ttlSeconds * 1000);

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Node's request as a fetch Request, which is what MSW's handlers take. */
async function toFetchRequest(req: IncomingMessage): Promise<Request> {
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2)
    headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  const method = req.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? `${HOST}:${PORT}`}`);
  // Palette's bodies are JSON text.
  return new Request(url, { method, headers, body: body?.length ? body.toString('utf8') : null });
}

/** The path for the log: `/v1/auth/refresh/{token}` carries a token, which the log never shows. */
function loggablePath(url: string | undefined): string {
  return (url ?? '').replace(/\/auth\/refresh\/[^/?]+/, '/auth/refresh/[token]');
}

/** Palette's `v1Error`, with the `ref` a support request would quote, as the handlers' own errors. */
function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ code, message, ref: nextRef() }));
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<number> {
  let request: Request;
  try {
    request = await toFetchRequest(req);
  } catch {
    sendError(res, 413, 'RequestEntityTooLarge', `The request body is larger than ${MAX_BODY_BYTES} bytes`);
    return 413;
  }
  const response = await getResponse(handlers, request);
  if (!response) {
    sendError(
      res,
      404,
      'ResourceNotFound',
      `No such endpoint: ${req.method} ${loggablePath(new URL(request.url).pathname)}`,
    );
    return 404;
  }
  if (response.type === 'error') {
    // The "offline" scenario: drop the connection, as a network failure would.
    req.socket.destroy();
    return 0;
  }
  const body = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = Object.fromEntries(response.headers);
  res.writeHead(response.status, headers);
  res.end(body);
  return response.status;
}

const server = createServer((req, res) => {
  const started = Date.now();
  handle(req, res)
    .catch((error: unknown) => {
      console.error('mock-server: a handler failed:', error instanceof Error ? error.stack : error);
      if (!res.headersSent) sendError(res, 500, 'InternalError', 'The mock failed');
      else res.end();
      return 500;
    })
    .then((status) => {
      if (!QUIET) console.log(`${req.method} ${loggablePath(req.url)} ${status} ${Date.now() - started}ms`);
    });
});

server.listen(PORT, HOST, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : PORT;
  console.log(`Mock Palette contract server on http://${HOST}:${port} (dataset ${mockControl.dataset})`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
