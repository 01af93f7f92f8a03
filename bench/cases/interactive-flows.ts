// Bundled by the bench: the e2e harness (real handlers behind a stand-in preload, Debian's Chromium).
export { createBridge } from '../../test/e2e/bridge';
export { launchChromium, newContext } from '../../test/e2e/browser';
export { serveRenderer } from '../../test/e2e/static-server';
