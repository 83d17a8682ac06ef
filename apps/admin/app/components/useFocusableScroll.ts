// A table wider than the screen scrolls sideways inside Ant Design's own container, and a drawer's body scrolls
// down, where a keyboard user cannot reach them (axe: scrollable-region-focusable, serious). Every such container
// is made focusable, so the arrow keys scroll it; new ones (pages load lazily, drawers open in a portal under
// <body>) are caught as they appear.
import { useEffect } from 'react';

const SCROLLERS = '.ant-table-content, .ant-table-body, .ant-drawer-body';

export function useFocusableScroll(): void {
  useEffect(() => {
    const node = document.body;
    const mark = () => node.querySelectorAll<HTMLElement>(SCROLLERS).forEach((scroller) => scroller.hasAttribute('tabindex') || scroller.setAttribute('tabindex', '0'));
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(node, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
}
