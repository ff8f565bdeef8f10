import { contextBridge, ipcRenderer } from 'electron';
import { buildApi, type ChangeEvent } from '../shared/contract';

// Exactly the contract's functions, each bound to its own channel name; no generic ipcRenderer reaches the page.
const api = buildApi(
  (channel, input) => ipcRenderer.invoke('debitum:call', channel, input),
  (listener) => {
    const handler = (_e: unknown, event: ChangeEvent) => listener(event);
    ipcRenderer.on('debitum:changed', handler);
    return () => ipcRenderer.removeListener('debitum:changed', handler);
  },
);

contextBridge.exposeInMainWorld('api', api);
