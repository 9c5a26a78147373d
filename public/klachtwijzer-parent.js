// On the organisation's page, for the iframe variant:
//   <iframe src="https://…/embed.html?regulation=https://…/regeling.json" title="Klacht indienen" data-klachtwijzer-frame></iframe>
//   <script src="https://…/klachtwijzer-parent.js"></script>
// Sizes each such iframe to its content. Only messages from that iframe's own window and
// origin are used.
for (const frame of document.querySelectorAll('iframe[data-klachtwijzer-frame]')) {
  const origin = new URL(frame.src, location.href).origin;
  frame.style.width = '100%';
  frame.style.border = '0';
  window.addEventListener('message', (event) => {
    const height = event.data && event.data.type === 'klachtwijzer:height' && event.data.height;
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    if (Number.isFinite(height) && height > 0 && height < 100000) frame.style.height = `${height}px`;
  });
}
