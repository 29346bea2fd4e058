/** Keyboard labels as the user's platform writes them: ⌘ on a Mac, Ctrl elsewhere. */
export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** 'mod+I' → '⌘ I' (Mac) or 'Ctrl I'; 'alt+N' → '⌥ N' or 'Alt N'. */
export function keyLabel(combo: string): string {
  return combo
    .split('+')
    .map((k) => {
      const key = k.toLowerCase();
      if (key === 'mod') return isMac ? '⌘' : 'Ctrl';
      if (key === 'alt') return isMac ? '⌥' : 'Alt';
      if (key === 'shift') return isMac ? '⇧' : 'Shift';
      if (key === 'enter') return isMac ? '↩' : 'Enter';
      if (key === 'escape') return 'Esc';
      return k.length === 1 ? k.toUpperCase() : k;
    })
    .join(' ');
}
