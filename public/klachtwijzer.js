// Klachtwijzer: the one file an organisation includes.
//   <div data-klachtwijzer data-regulation="/klacht/regeling.json"></div>
//   <script type="module" src="https://…/klachtwijzer.js"></script>
// It finds this build's files next to itself (any path, any origin), adds the stylesheet,
// and starts one independent wizard in every [data-klachtwijzer] element. No inline script
// or style is used, so it runs under a strict Content-Security-Policy.
const base = new URL('.', import.meta.url);
const assets = await (await fetch(new URL('klachtwijzer-assets.json', base))).json();
const css = new URL(assets.css, base).href;
if (![...document.styleSheets].some((sheet) => sheet.href === css)) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = css;
  document.head.append(link);
}
const { default: init } = await import(new URL(assets.js, base).href);
await init({ module_or_path: new URL(assets.wasm, base) });
