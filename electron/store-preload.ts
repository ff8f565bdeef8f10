import { ipcRenderer } from 'electron';

// The store host gets its one port from main and passes it to its page; it exposes nothing else.
ipcRenderer.once('debitum:store-port', (event) => {
  window.postMessage('debitum:store-port', '*', event.ports);
});
