import process from 'node:process';
import { loadEnv } from 'vite';

/**
 * `npm run dev:palette` (`vite --mode palette`): the dev server in front of a real Palette. It proxies
 * `/v1` to PALETTE_API_URL, so the browser talks to its own origin as behind the production reverse
 * proxy, and it serves a `config.json` that selects the Palette backend. Other modes are left alone.
 *
 *   PALETTE_API_URL=https://api.spectrocloud.com npm run dev:palette
 *
 * PALETTE_API_URL may also be set in `.env.palette.local` (not committed).
 *
 * @returns {import('vite').Plugin}
 */
export function paletteBackend() {
  return {
    name: 'palette-backend',
    apply: 'serve',
    config(_config, { mode }) {
      if (mode !== 'palette') return;
      const env = { ...loadEnv(mode, process.cwd(), 'PALETTE_'), ...process.env };
      const target = env.PALETTE_API_URL?.trim().replace(/\/+$/, '');
      if (!target || !/^https?:\/\//.test(target))
        throw new Error(
          'dev:palette needs PALETTE_API_URL, the Palette API to proxy /v1 to, e.g.\n' +
            '  PALETTE_API_URL=https://api.spectrocloud.com npm run dev:palette',
        );
      return { server: { proxy: { '/v1': { target, changeOrigin: true } } } };
    },
    configureServer(server) {
      if (server.config.mode !== 'palette') return;
      server.middlewares.use('/config.json', (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Cache-Control', 'no-store');
        res.end(JSON.stringify({ backend: 'palette', apiBaseUrl: '' }));
      });
    },
  };
}
