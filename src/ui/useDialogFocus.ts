import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

/**
 * Focus handling shared by the panel-like UIs (district panel, incident card, table, charts).
 * They are non-modal: each sits beside the map and is used together with it (a click on the map
 * changes the panel or adds a chart line, the year slider changes the table), so Tab is not
 * trapped and nothing else is made inert. What a keyboard user needs from them:
 * - on open, focus moves to the panel's heading (so a screen reader reads its name);
 * - Esc closes the panel, wherever focus is inside it;
 * - on close, focus goes back to what opened it (the map, a list entry, a toggle button),
 *   unless the user has already moved focus somewhere else.
 */
export function useDialogFocus<T extends HTMLElement>(
  onClose: () => void,
): {
  /** Put on the element that receives focus on open (a heading with tabIndex={-1}). */
  focusRef: RefObject<T | null>;
  /** Put on the panel's root element. */
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
} {
  const focusRef = useRef<T | null>(null);
  // Kept in a ref so that React's development double effect does not take the heading itself
  // for the opener.
  const openerRef = useRef<Element | null>(null);
  useEffect(() => {
    openerRef.current ??= document.activeElement;
    const opener = openerRef.current;
    focusRef.current?.focus();
    return () => {
      // After unmount the focused element inside the panel is gone and focus sits on <body>;
      // if the user put it somewhere else on purpose, leave it there.
      const now = document.activeElement;
      const lost = now === null || now === document.body || !now.isConnected;
      if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape') return;
    // Handled here: the page-level Esc (which closes the district panel) must not also fire.
    event.stopPropagation();
    event.preventDefault();
    onClose();
  };
  return { focusRef, onKeyDown };
}
