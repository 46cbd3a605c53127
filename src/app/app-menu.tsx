// The navigation as a menu below a tablet's width (styles.css, `max-width: 1023.98px`): a button
// in the top bar opens the sidebar as a panel under it. While it is open the focus stays in the
// button and the menu's links (Tab and Shift+Tab go round them), the rest of the page is inert,
// and Escape, a link, the backdrop or the button closes it. Escape and the button give the focus
// back to the button; a link gives it to the page it opened (#main).
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useI18n } from '@/i18n/i18n';

export const MENU_ID = 'app-menu';
const BUTTON_ID = 'app-menu-button';
/** The width the sidebar needs beside the page; below it the sidebar is this menu. */
const WIDE = '(min-width: 1024px)';

type FocusAfter = 'button' | 'main' | null;

export interface AppMenu {
  open: boolean;
  /** The panel's top edge in the viewport (the top bar's bottom), while it is open. */
  top: number;
  toggle: () => void;
  close: (focusAfter: FocusAfter) => void;
  /** On the menu: a followed link closes it. */
  onMenuClick: (event: MouseEvent) => void;
}

function trapFocus(event: KeyboardEvent, items: HTMLElement[]): void {
  if (items.length === 0) return;
  event.preventDefault();
  const at = items.indexOf(document.activeElement as HTMLElement);
  const step = event.shiftKey ? -1 : 1;
  const next = at < 0 ? 0 : (at + step + items.length) % items.length;
  items[next]?.focus();
}

export function useAppMenu(pathname: string): AppMenu {
  const [open, setOpen] = useState(false);
  const [top, setTop] = useState(0);
  const [openedAt, setOpenedAt] = useState(pathname);
  const focusAfter = useRef<FocusAfter>(null);

  // Another page (a link, Back) closes the menu.
  if (open && pathname !== openedAt) setOpen(false);

  const close = (after: FocusAfter) => {
    focusAfter.current = after;
    setOpen(false);
  };

  useEffect(() => {
    const button = document.getElementById(BUTTON_ID);
    const menu = document.getElementById(MENU_ID);
    if (!open) {
      const after = focusAfter.current;
      focusAfter.current = null;
      if (after === 'button') button?.focus();
      if (after === 'main') document.getElementById('main')?.focus({ preventScroll: true });
      return;
    }
    const current = menu?.querySelector<HTMLElement>('a[aria-current="page"]');
    (current ?? menu?.querySelector<HTMLElement>('a[href]'))?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        focusAfter.current = 'button';
        setOpen(false);
      } else if (event.key === 'Tab') {
        const links = [...(menu?.querySelectorAll<HTMLElement>('a[href]') ?? [])];
        trapFocus(event, button ? [button, ...links] : links);
      }
    };
    // Grown past the width (a tablet turned): the sidebar is back and nothing is inert.
    const wide = window.matchMedia(WIDE);
    const onWide = () => {
      if (wide.matches) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    wide.addEventListener('change', onWide);
    document.documentElement.classList.add('menu-open');
    return () => {
      document.removeEventListener('keydown', onKey);
      wide.removeEventListener('change', onWide);
      document.documentElement.classList.remove('menu-open');
    };
  }, [open]);

  return {
    open,
    top,
    toggle: () => {
      if (open) return close('button');
      const bar = document.getElementById(BUTTON_ID)?.closest('.topbar');
      setTop(Math.max(0, bar?.getBoundingClientRect().bottom ?? 0));
      setOpenedAt(pathname);
      setOpen(true);
    },
    close,
    onMenuClick: (event) => {
      if (open && event.target instanceof Element && event.target.closest('a[href]')) close('main');
    },
  };
}

export function MenuButton({ menu }: { menu: AppMenu }) {
  const { t } = useI18n();
  return (
    <button
      id={BUTTON_ID}
      type="button"
      className="button menu-button"
      aria-expanded={menu.open}
      aria-controls={MENU_ID}
      aria-label={t(menu.open ? 'app.menu.close' : 'app.menu.open')}
      onClick={menu.toggle}
    >
      <span className="menu-button__icon" aria-hidden="true" />
      Menu
    </button>
  );
}
