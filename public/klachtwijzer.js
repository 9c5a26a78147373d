// Klachtwijzer: the one file an organisation includes.
//   <div data-klachtwijzer data-regulation="/klacht/regeling.json">…first screen…</div>
//   <script type="module" src="https://…/klachtwijzer.js"></script>
// It loads this build's files from next to itself (any path, any origin; the build writes
// their hashed names in below), adds the stylesheet, and starts one independent wizard in
// every [data-klachtwijzer] element. No inline script or style is used, so it runs under a
// strict Content-Security-Policy. A browser that cannot run it shows the host's fallback
// (see klachtwijzer-fallback.js).
// The first screen can be the start page drawn at build time (klachtwijzer-check start-page):
// then "Begin" works before the wizard is here. A press is remembered (the host gets
// data-klachtwijzer-begin) and its status line says the form is opening; the wizard then opens
// on the first question by itself. Other buttons say they work in a moment.
const assets = { js: '@KLACHTWIJZER_JS@', wasm: '@KLACHTWIJZER_WASM@', css: '@KLACHTWIJZER_CSS@' };
const base = new URL('.', import.meta.url);
const at = (name) => new URL(name, base).href;
const fallback = () => import(at('klachtwijzer-fallback.js')).then((m) => m.showFallback());

for (const host of document.querySelectorAll('[data-klachtwijzer]')) {
  host.addEventListener('click', (event) => {
    const button = event.target.closest?.('button');
    // Inside the wizard (its shadow root) the target is its root element: not a button.
    if (!button || host.hasAttribute('data-klachtwijzer-ready')) return;
    const status = host.querySelector('[data-kw-opening]');
    if (button.hasAttribute('data-kw-begin')) {
      host.setAttribute('data-klachtwijzer-begin', '');
      button.setAttribute('aria-disabled', 'true');
      if (status) status.textContent = status.dataset.kwOpening;
    } else if (status) {
      status.textContent = status.dataset.kwWait;
    }
  });
  // From now on a press is not lost (a page may style its start page by this).
  host.setAttribute('data-klachtwijzer-loading', '');
}

// The first screen paints before the large download starts (it then has the connection to
// itself); a tab in the background does not wait for a frame.
const painted = new Promise((done) => {
  requestAnimationFrame(() => setTimeout(done, 0));
  setTimeout(done, 200);
});

if (typeof WebAssembly !== 'object') {
  fallback();
} else {
  const css = at(assets.css);
  // The page may link the stylesheet itself (klachtwijzer.css, so its first screen is styled
  // at once): then it is not added again.
  const linked = [...document.styleSheets].some((sheet) => sheet.href === css || sheet.href === at('klachtwijzer.css'));
  if (!linked) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = css;
    document.head.append(link);
  }
  painted.then(() => start(fetch(at(assets.wasm)))); // the wasm at the same time as the JavaScript
}

function start(wasm) {
  import(at(assets.js))
    .then(({ default: init }) => init({ module_or_path: wasm }))
    // For pages that want to know (and the tests, which read the wasm memory).
    .then((instance) => dispatchEvent(new CustomEvent('klachtwijzer:started', { detail: { wasm: instance } })))
    .catch((error) => {
      fallback();
      throw error;
    });
}
