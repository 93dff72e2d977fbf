// Starts ValueLens: imports the wasm-bindgen glue and the WebAssembly that Trunk named in
// <meta name="valuelens-boot">. It is a file, not the inline script Trunk writes by default, so
// the page's Content-Security-Policy can forbid inline script altogether.
const boot = document.querySelector('meta[name="valuelens-boot"]');

function couldNotStart(error) {
  console.error(error);
  if (document.getElementById('crash')) return; // the app's own crash panel says it better
  const root = document.getElementById('valuelens') ?? document.body;
  const message = document.createElement('p');
  message.className = 'load-error';
  message.setAttribute('role', 'alert');
  message.textContent =
    'ValueLens could not start in this browser. It needs a recent browser with JavaScript and WebAssembly turned on.';
  root.replaceChildren(message);
}

try {
  const glue = await import(new URL(boot.dataset.js, document.baseURI).href);
  await glue.default({ module_or_path: new URL(boot.dataset.wasm, document.baseURI) });
  glue.startApp();
} catch (error) {
  couldNotStart(error);
}
