// Wide tables scroll inside their `.table-wrap` box (styles.css). A box that scrolls must be
// reachable by keyboard (WCAG 2.1.1; axe "scrollable-region-focusable"), but a box that fits
// should not be an extra tab stop. So every `.table-wrap` in the app is watched, in one place:
// while its table is wider than the box, the box is a focusable, named region (arrow keys
// scroll it); when it fits again, those attributes go. New boxes are found as pages render.

const MARK = 'data-scroll-region';

function nameOf(box: Element): string {
  const caption = box.querySelector('caption')?.textContent?.trim();
  return caption ? `${caption} (kan rulles vandret)` : 'Tabel (kan rulles vandret)';
}

function update(box: HTMLElement): void {
  const scrolls = box.scrollWidth > box.clientWidth + 1;
  if (scrolls && !box.hasAttribute(MARK)) {
    box.setAttribute(MARK, '');
    box.setAttribute('tabindex', '0');
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', nameOf(box));
  } else if (!scrolls && box.hasAttribute(MARK)) {
    for (const a of [MARK, 'tabindex', 'role', 'aria-label']) box.removeAttribute(a);
  }
}

/** Starts watching `root` for table boxes; returns a function that stops it. */
export function watchScrollRegions(root: HTMLElement): () => void {
  // The box and the table in it are both watched: the table can grow (rows, columns) while the
  // box keeps its size. Either one reports; the box is what gets the attributes.
  const sizes = new ResizeObserver((entries) => {
    for (const e of entries) {
      const box = (e.target as HTMLElement).closest<HTMLElement>('.table-wrap');
      if (box) update(box);
    }
  });
  const watched = new WeakSet<Element>();
  const scan = () => {
    for (const box of root.querySelectorAll<HTMLElement>('.table-wrap')) {
      if (watched.has(box)) continue;
      watched.add(box);
      sizes.observe(box);
      if (box.firstElementChild) sizes.observe(box.firstElementChild);
    }
  };
  const mutations = new MutationObserver(scan);
  mutations.observe(root, { childList: true, subtree: true });
  scan();
  return () => {
    mutations.disconnect();
    sizes.disconnect();
  };
}
