// Preloaded with -r: answers require('electron') with an inert stand-in, so the built main bundle can be
// imported under plain Node (Electron cannot run on this machine). Every property is a callable no-op.
const Module = require('node:module');
const stub = new Proxy(function () {}, {
  get: (_t, key) => (key === 'then' ? undefined : key === 'whenReady' ? () => new Promise(() => {}) : stub),
  apply: () => stub,
  construct: () => stub,
});
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'electron' ? stub : load.call(this, request, ...rest);
};
