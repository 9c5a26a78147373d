// When this browser cannot run the wizard (no WebAssembly, or its files did not load), every
// wizard's host shows its own fallback instead of "loading": the elements marked
// data-klachtwijzer-unsupported, usually the organisation's contact details.
export function showFallback() {
  for (const host of document.querySelectorAll('[data-klachtwijzer]')) {
    if (host.hasAttribute('data-klachtwijzer-ready')) continue; // this one runs
    for (const status of host.querySelectorAll('[role=status]')) status.hidden = true;
    for (const fallback of host.querySelectorAll('[data-klachtwijzer-unsupported]')) fallback.hidden = false;
    // A start page drawn at build time: its buttons need the wizard.
    for (const control of host.querySelectorAll('[data-kw-needs-wizard]')) control.hidden = true;
  }
}
