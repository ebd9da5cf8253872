import type { Browser } from 'webextension-polyfill';

// The few extension APIs the content script uses, without the polyfill (it would add 3 KB to
// every AliExpress page): Firefox's `browser` and Chrome's promise-based `chrome` agree on
// these, and replies to messages go through `sendResponse`, which both support.

type Api = Pick<Browser, 'runtime' | 'storage' | 'i18n'>;

function api(): Api {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const found = scope.browser ?? scope.chrome;
  if (!found) throw new Error('no extension API in this context');
  return found;
}

/** False once the extension was reloaded or updated and this script is orphaned. */
export function extensionAlive(): boolean {
  try {
    return Boolean(api().runtime?.id);
  } catch {
    return false;
  }
}

export function uiLanguage(): string {
  try {
    return api().i18n.getUILanguage();
  } catch {
    return '';
  }
}

export async function readLocal(key: string): Promise<unknown> {
  return (await api().storage.local.get(key))[key];
}

export function sendMessage(message: unknown): Promise<unknown> {
  return api().runtime.sendMessage(message);
}

/** Answers messages for which `handler` returns a reply; ignores the rest. */
export function onMessage(handler: (message: unknown) => unknown): void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    const reply = handler(message);
    if (reply === undefined) return false;
    sendResponse(reply);
    return false;
  };
  (api().runtime.onMessage as unknown as { addListener(listener: unknown): void }).addListener(listener);
}

/** Calls `handler` when a stored key changes (e.g. the settings, from the popup). */
export function onStorageChange(key: string, handler: (value: unknown) => void): void {
  api().storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && key in changes) handler(changes[key]?.newValue);
  });
}
