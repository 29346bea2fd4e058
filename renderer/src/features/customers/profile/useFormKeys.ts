import { useEffect, useRef } from 'react';

export const SAVE_KEY_LABEL = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘S' : 'Ctrl+S';

/** Something else wants Esc first: a dialog, or an open dropdown of the focused input. */
function escapeTakenElsewhere(): boolean {
  if (document.querySelector('[role="dialog"]')) return true;
  // Mantine keeps closed listboxes mounted, so the focused input's own flag is what tells.
  return document.activeElement?.getAttribute('aria-expanded') === 'true';
}

/**
 * Ctrl/⌘+S saves from anywhere, including inside inputs (and keeps the browser's own "save
 * page" away); Esc leaves unless it is closing a dropdown or dialog. Listened to in the
 * capture phase, so the check sees the dropdown still open before the input closes it.
 */
export function useFormKeys(onSave: () => void, onEscape: () => void): void {
  const save = useRef(onSave);
  const escape = useRef(onEscape);
  save.current = onSave;
  escape.current = onEscape;
  useEffect(() => {
    const handler = (e: KeyboardEvent) => {
      if (e.isComposing) return;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        save.current();
      } else if (e.key === 'Escape' && !mod && !escapeTakenElsewhere()) {
        escape.current();
      }
    };
    window.addEventListener('keydown', handler, true);
    return () => window.removeEventListener('keydown', handler, true);
  }, []);
}
