/**
 * `npm run build:demo` (`vite build --mode demo`): the console with the mock Palette inside, as plain
 * files in dist-demo/, hostable on any static host (GitHub Pages, S3, `python3 -m http.server`) in any
 * folder, with no server configuration. Other modes are left alone.
 *
 * How a build that does not know its folder finds it:
 * - `base: './'`: every URL in the build is relative.
 * - index.html starts with DEMO_BOOT_SCRIPT. Opened at its folder (`/demo/` or `/demo/index.html`), it
 *   sets `<base href="/demo/">` before anything loads, so the assets, config.json, the mock's service
 *   worker and the router's basename (src/app/router.tsx) all resolve against the folder, whatever
 *   path the app later shows (`/demo/profile/api-keys`).
 * - Deep links (`/demo/profile/api-keys`, a reload, a bookmark): a static host has no such file. Hosts
 *   that serve a 404.html for missing paths (GitHub Pages, Netlify, Cloudflare Pages, S3 with an error
 *   document) get one from this build; its script (the same one) looks for the demo's folder upwards
 *   (the nearest folder holding mockServiceWorker.js) and reopens the demo there with the page in
 *   `?p=/profile/api-keys`, which index.html turns back into the path before the app starts. A host
 *   that answers every path with index.html lands in the same branch. A host with neither (python's
 *   http.server) cannot open deep links: open the folder; the scenario panel's "Copy link to this
 *   state" gives links in the `?p=` form, which work on every host.
 * - Not hash routing: the demo's URLs stay those of the real console, and the same build runs the
 *   end-to-end tests' pages unchanged.
 */

/** Kept ES2017 and dependency-free: it runs inline, before anything else of the page. */
export const DEMO_BOOT_SCRIPT = `(function () {
  var l = window.location;
  var path = l.pathname;
  if (/\\/(index\\.html)?$/.test(path)) {
    var root = path.replace(/index\\.html$/, '');
    var base = document.createElement('base');
    base.href = root;
    document.head.appendChild(base);
    var params = new URLSearchParams(l.search);
    var page = params.get('p');
    if (page && page.charAt(0) === '/' && page.charAt(1) !== '/') {
      params.delete('p');
      var query = params.toString();
      history.replaceState(null, '', root + page.slice(1) + (query ? '?' + query : '') + l.hash);
    }
    return;
  }
  var parts = path.split('/');
  var depth = parts.length - 1;
  (function probe() {
    if (depth < 1) {
      document.body.textContent = 'There is no page at this address.';
      return;
    }
    var folder = parts.slice(0, depth).join('/') + '/';
    depth -= 1;
    fetch(folder + 'mockServiceWorker.js', { method: 'HEAD', cache: 'no-store' }).then(function (r) {
      if (!r.ok || !/javascript/.test(r.headers.get('content-type') || '')) return probe();
      var query = l.search ? '&' + l.search.slice(1) : '';
      l.replace(folder + '?p=' + encodeURIComponent('/' + path.slice(folder.length)) + query + l.hash);
    }, probe);
  })();
})();`;

const NOT_FOUND_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="color-scheme" content="light dark" />
    <title>Opening… · Palette</title>
    <script>${DEMO_BOOT_SCRIPT}</script>
  </head>
  <body>
    <p>Opening the page in the Palette API Key Console demo…</p>
  </body>
</html>
`;

/** @returns {import('vite').Plugin} */
export function staticDemo() {
  let demo = false;
  return {
    name: 'static-demo',
    apply: 'build',
    config(_config, { mode }) {
      demo = mode === 'demo';
      if (!demo) return;
      return { base: './', build: { outDir: 'dist-demo', emptyOutDir: true } };
    },
    transformIndexHtml() {
      if (!demo) return;
      return [{ tag: 'script', children: DEMO_BOOT_SCRIPT, injectTo: 'head-prepend' }];
    },
    generateBundle() {
      if (!demo) return;
      this.emitFile({ type: 'asset', fileName: '404.html', source: NOT_FOUND_PAGE });
    },
  };
}
