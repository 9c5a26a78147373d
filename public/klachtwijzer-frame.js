// Inside the iframe variant: tells the parent page how tall the wizard is, on every change.
const report = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  window.parent.postMessage({ type: 'klachtwijzer:height', height }, '*');
};
new ResizeObserver(report).observe(document.documentElement);
report();
