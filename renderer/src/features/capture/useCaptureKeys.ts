import type { CaptureCandidate } from '@shared/api/capture';
import type { LeadTemperature } from '@shared/domain/interaction';
import { useEffect, useRef, type RefObject } from 'react';
import type { LeadCapture } from './useLeadCapture';

const TEMPERATURE_BY_CODE: Record<string, LeadTemperature> = { KeyH: 'hot', KeyW: 'warm', KeyC: 'cold' };

/**
 * The keyboard of quick capture. Listeners sit on the window so they work wherever focus
 * is; keydown is read after the fields' own handlers (a tag input's Enter adds a tag and
 * marks the event handled), paste before them (a pasted card must not land in one field).
 * Physical key codes, so Alt+H works on any keyboard layout and with a Chinese IME on.
 */
export function useCaptureKeys(opts: {
  rootRef: RefObject<HTMLElement | null>;
  companyRef: RefObject<HTMLInputElement | null>;
  lead: LeadCapture;
  matches: CaptureCandidate[];
  onSave: () => void;
  onLeave: () => void;
}): void {
  const latest = useRef(opts);
  latest.current = opts;

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const { lead, matches, onSave, onLeave, rootRef } = latest.current;
      // Enter that confirms an IME composition (typing Chinese) is not "save".
      if (e.isComposing || e.keyCode === 229) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (target && rootRef.current && !rootRef.current.contains(target) && target !== document.body) return;
      const dropdownOpen = target?.getAttribute('aria-expanded') === 'true';
      const mod = e.ctrlKey || e.metaKey;

      if (e.key === 'Enter') {
        // A list that takes Enter (choosing a suggestion) marks it handled. aria-expanded is no
        // guide here: a tag input stays "expanded" with no suggestion left to show.
        if (e.defaultPrevented || e.altKey || e.shiftKey) return;
        if (target && (target.tagName === 'BUTTON' || target.tagName === 'A')) return;
        if (target?.tagName === 'TEXTAREA' && !mod) return;
        e.preventDefault();
        onSave();
      } else if (e.key === 'Escape') {
        if (e.defaultPrevented || dropdownOpen) return;
        e.preventDefault();
        onLeave();
      } else if (e.altKey && !mod) {
        const temp = TEMPERATURE_BY_CODE[e.code];
        const digit = /^(?:Digit|Numpad)([0-9])$/.exec(e.code)?.[1];
        if (temp) {
          e.preventDefault();
          lead.update('temperature', temp);
        } else if (digit === '0') {
          e.preventDefault();
          lead.choose(null);
        } else if (digit) {
          const list = lead.chosen && !matches.some((m) => m.id === lead.chosen!.id) ? [lead.chosen, ...matches] : matches;
          const m = list[Number(digit) - 1];
          if (m) {
            e.preventDefault();
            lead.choose(m);
          }
        }
      }
    };

    const onPaste = (e: ClipboardEvent) => {
      const { lead, rootRef, companyRef } = latest.current;
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (!target || !rootRef.current?.contains(target)) return;
      // A note is free text; a pasted e-mail there with "From:" lines must stay as it is.
      if (target.closest('[data-no-card]') || target.hasAttribute('data-no-card')) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (!text || !lead.pasteText(text)) return;
      e.preventDefault();
      e.stopPropagation();
      // From the paste area, go to the form so Enter saves at once.
      if (target.hasAttribute('data-paste-area')) companyRef.current?.focus();
    };

    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('paste', onPaste, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('paste', onPaste, true);
    };
  }, []);
}
