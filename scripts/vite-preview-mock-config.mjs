import { existsSync } from 'node:fs';
import path from 'node:path';

/** What `npm run preview` answers for config.json: the mock, so local review and the e2e suite run on it. */
export const PREVIEW_CONFIG = { backend: 'mock', apiBaseUrl: '' };

/**
 * `npm run preview` (`vite preview`): serves a `config.json` that selects the mock beside the build.
 * The file is not in dist/ on purpose: a production build never runs the mock by itself, and a
 * deployment of dist/ that lacks its config mount must not find a mock config inside the build (it
 * then talks to Palette on its own origin). A config.json put into dist/ by hand wins.
 *
 * @returns {import('vite').Plugin}
 */
export function previewMockConfig() {
  return {
    name: 'preview-mock-config',
    configurePreviewServer(server) {
      const { base, root, build } = server.config;
      const own = path.resolve(root, build.outDir, 'config.json');
      server.middlewares.use(`${base.startsWith('/') ? base : '/'}config.json`, (req, res, next) => {
        if (existsSync(own) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Cache-Control', 'no-store');
        res.end(req.method === 'HEAD' ? undefined : JSON.stringify(PREVIEW_CONFIG));
      });
    },
  };
}
