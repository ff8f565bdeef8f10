import { type Api, buildApi, type ChangeEvent, type ChannelName } from '../../shared/contract';

// The test shell's stand-in for Electron's preload: the same window.api, built from the contract, over a binding.
declare global {
  interface Window {
    api: Api;
    __debitumInvoke(channel: ChannelName, input: unknown): Promise<unknown>;
    __debitumChanged?: (event: ChangeEvent) => void;
  }
}

const listeners = new Set<(event: ChangeEvent) => void>();
window.__debitumChanged = (event) => listeners.forEach((l) => l(event));
Object.defineProperty(window, 'api', {
  value: buildApi(
    (channel, input) => window.__debitumInvoke(channel, input),
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  ),
  writable: false,
  configurable: false,
});
