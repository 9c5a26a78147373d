// Klachtwijzer: the one file an organisation includes.
//   <div data-klachtwijzer data-regulation="/klacht/regeling.json">…first screen…</div>
//   <script type="module" src="https://…/klachtwijzer.js"></script>
// It loads this build's files from next to itself (any path, any origin; the build writes
// their hashed names in below), adds the stylesheet, and starts one independent wizard in
// every [data-klachtwijzer] element. No inline script or style is used, so it runs under a
// strict Content-Security-Policy. A browser that cannot run it shows the host's fallback
// (see klachtwijzer-fallback.js).
const assets = { js: '@KLACHTWIJZER_JS@', wasm: '@KLACHTWIJZER_WASM@', css: '@KLACHTWIJZER_CSS@' };
const base = new URL('.', import.meta.url);
const at = (name) => new URL(name, base).href;
const fallback = () => import(at('klachtwijzer-fallback.js')).then((m) => m.showFallback());

if (typeof WebAssembly !== 'object') {
  fallback();
} else {
  const wasm = fetch(at(assets.wasm)); // at the same time as the JavaScript
  const css = at(assets.css);
  if (![...document.styleSheets].some((sheet) => sheet.href === css)) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = css;
    document.head.append(link);
  }
  import(at(assets.js))
    .then(({ default: init }) => init({ module_or_path: wasm }))
    .catch((error) => {
      fallback();
      throw error;
    });
}
