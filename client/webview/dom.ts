// What both webview scripts build on: the element helper (text only ever through textContent), the typed
// handle on VS Code's webview API, and the guarded message listener. DOM only: never imports vscode.

/** document.createElement with a class and text; never innerHTML. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The webview's side of the channel: what it sends, and the state VS Code keeps across reloads. */
export interface VsCodeApi<From, State> {
  postMessage(message: From): void;
  getState(): unknown;
  setState(state: State): void;
}

declare function acquireVsCodeApi(): VsCodeApi<unknown, unknown>;

/** VS Code's API for this webview, typed with the panel's messages. Call once per page. */
export function vscodeApi<From, State>(): VsCodeApi<From, State> {
  return acquireVsCodeApi() as VsCodeApi<From, State>;
}

/** Calls `receive` for every message from the extension that passes `accepts`; anything else is dropped. */
export function onMessage<T>(accepts: (v: unknown) => v is T, receive: (message: T) => void): void {
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (accepts(event.data)) receive(event.data);
  });
}
