// The test shell's stand-in for MessageChannelMain: it gives the store host page one port, whose other end
// talks to Node through two bindings. The store host code is the same as in Electron.
declare global {
  interface Window {
    __debitumStoreOut(message: unknown): void;
    __debitumStoreIn?: (message: unknown) => void;
  }
}

const channel = new MessageChannel();
channel.port1.onmessage = (e) => window.__debitumStoreOut(e.data);
window.__debitumStoreIn = (m) => channel.port1.postMessage(m);
window.addEventListener('load', () => window.postMessage('debitum:store-port', '*', [channel.port2]));
export {};
