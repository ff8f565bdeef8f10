import { serveStore } from './host';
import type { FromStore, ToStore } from './protocol';

// Main hands this hidden page exactly one port; the page has no other way in or out.
window.addEventListener('message', function onPort(event: MessageEvent) {
  if (event.source !== window || event.data !== 'debitum:store-port' || !event.ports[0]) return;
  window.removeEventListener('message', onPort);
  const port = event.ports[0];
  port.start();
  void serveStore({
    send: (m: FromStore) => port.postMessage(m),
    onMessage: (listener: (m: ToStore) => void) => port.addEventListener('message', (e) => listener(e.data as ToStore)),
  });
});
