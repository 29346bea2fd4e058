import type { ApiResult } from '@shared/api';
import type { BackendEvent } from '@shared/api/jobs';
import type { Language } from '@shared/i18n/errors';
import { PRELOAD_GLOBAL, type PreloadApi } from '@shared/preloadApi';

/** How calls reach the backend: Electron IPC through the preload, or loopback HTTP. */
export interface Transport {
  kind: 'electron' | 'http';
  call(method: string, input: unknown, lang: Language): Promise<ApiResult<unknown>>;
  onEvent(listener: (e: BackendEvent) => void): () => void;
  desktop: PreloadApi['desktop'] | null;
}

const TOKEN_KEY = 'excrm.token';

/** The token arrives once in the URL fragment (#token=…), is kept for the tab, and removed from the address bar. */
function httpToken(): string {
  const m = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (m) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(m[1]!));
    history.replaceState(null, '', window.location.pathname + window.location.search + '#/');
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpTransport(): Transport {
  const token = httpToken();
  const listeners = new Set<(e: BackendEvent) => void>();
  let streaming = false;

  // One event stream for the tab (fetch, not EventSource, so the token goes in a header);
  // it reconnects after a pause if the server restarts.
  async function stream(): Promise<void> {
    streaming = true;
    for (;;) {
      try {
        const res = await fetch('/api/events', { headers: { authorization: `Bearer ${token}` } });
        const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
        let buf = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buf += value;
          let i: number;
          while ((i = buf.indexOf('\n\n')) >= 0) {
            const chunk = buf.slice(0, i);
            buf = buf.slice(i + 2);
            if (chunk.startsWith('data: ')) {
              const e = JSON.parse(chunk.slice(6)) as BackendEvent;
              for (const l of listeners) l(e);
            }
          }
        }
      } catch {
        // Server gone or restarting: try again shortly.
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
  }

  return {
    kind: 'http',
    async call(method, input, lang) {
      try {
        const res = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-lang': lang },
          body: JSON.stringify(input ?? {}),
        });
        return (await res.json()) as ApiResult<unknown>;
      } catch {
        return { ok: false, error: { code: 'internal', message: lang === 'zh' ? '无法连接到后台服务。' : 'Cannot reach the backend.' } };
      }
    },
    onEvent(listener) {
      listeners.add(listener);
      if (!streaming) void stream();
      return () => listeners.delete(listener);
    },
    desktop: null,
  };
}

export function detectTransport(): Transport {
  const preload = (window as unknown as Record<string, PreloadApi | undefined>)[PRELOAD_GLOBAL];
  if (preload) {
    return { kind: 'electron', call: preload.call, onEvent: preload.onEvent, desktop: preload.desktop };
  }
  return httpTransport();
}
