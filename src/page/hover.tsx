// When to show the hover card and where: it opens after the pointer rests ~300 ms on a mention, stays while the
// pointer is over it, closes ~300 ms after leaving, on Escape, and when the mention scrolls away. It never covers
// its mention and flips to stay inside the viewport. With a finger or a pen, a tap on a mention opens its card.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { DatasetIndex } from '../dataset';
import { clippingBoxes, inSight } from '../dom/clip';
import { mentionAt } from '../dom/hit-test';
import type { PaintedRange } from '../dom/paint';
import { CARD_CSS } from '../ui/card-css';
import { describe, formatValue } from '../ui/facts';
import { HoverCard } from '../ui/HoverCard';

export const OPEN_DELAY_MS = 300;
export const CLOSE_DELAY_MS = 300;
const CARD_WIDTH = 320;
/** How far a finger may drift, and how long it may stay down, for a touch to count as a tap. */
const TAP_SLOP_PX = 10;
const TAP_MS = 500;
const GAP = 8;

/** Where the card goes: below the mention if it fits, else above, else the roomier side; never over the mention. */
export function placeCard(
  mention: { top: number; bottom: number; left: number },
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): { top: number; left: number; side: 'below' | 'above' } {
  const left = Math.max(GAP, Math.min(mention.left, viewport.width - card.width - GAP));
  const below = mention.bottom + GAP;
  const above = mention.top - GAP - card.height;
  if (below + card.height <= viewport.height - GAP) return { top: below, left, side: 'below' };
  if (above >= GAP) return { top: above, left, side: 'above' };
  const roomBelow = viewport.height - mention.bottom;
  return roomBelow >= mention.top
    ? { top: below, left, side: 'below' }
    : { top: Math.max(GAP - card.height, above), left, side: 'above' };
}

/** A live Range for a painted range (StaticRange has no geometry). */
export function liveRange(doc: Document, painted: PaintedRange): Range | undefined {
  const r = painted.range;
  if (r instanceof Range) return r;
  try {
    const live = doc.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    return live;
  } catch {
    return undefined; // the page removed the text since it was painted
  }
}

export interface HoverController {
  /** Opens the card on a mention now (keyboard navigation). */
  openOn(painted: PaintedRange, focus: boolean): void;
  close(): void;
  /**
   * The page was painted again (the word reader loaded, a setting changed): the open card, and the mention the
   * pointer rests on, move to their new ranges, found by `find`; where it finds none, the card closes.
   */
  repainted(find: (old: PaintedRange) => PaintedRange | undefined): void;
  destroy(): void;
}

export function createHoverController(
  ctx: ContentScriptContext,
  index: DatasetIndex,
  rangesOver: (node: Node) => readonly PaintedRange[],
  openPanel: (id: string) => void,
): HoverController {
  let ui: ShadowRootContentScriptUi<void> | undefined;
  let uiLoading: Promise<ShadowRootContentScriptUi<void>> | undefined;
  let current: PaintedRange | undefined;
  /** The boxes around the open card's mention that clip it (a pane that scrolls inside the page). */
  let clips: Element[] = [];
  let pending: PaintedRange | undefined;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  let overCard = false;
  /** Where the reader's focus was before a keyboard step moved it into the card, to give it back on close. */
  let returnFocus: HTMLElement | undefined;
  let frame = 0;
  let lastPoint = { x: 0, y: 0 };
  let active = true; // listeners live as long as the content script; after destroy they do nothing
  /** A mouse button is down: the reader is selecting or dragging, and no card opens. */
  let pressed = false;
  /** Where and when a finger or pen touched down: lifted close by and soon after, that was a tap. */
  let touchDown: { x: number; y: number; at: number } | undefined;

  const clearTimers = () => {
    if (openTimer !== undefined) clearTimeout(openTimer);
    if (closeTimer !== undefined) clearTimeout(closeTimer);
    openTimer = closeTimer = undefined;
  };

  const ensureUi = () => {
    uiLoading ??= createShadowRootUi<void>(ctx, {
      name: 'gii-lens-card',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: CARD_CSS,
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container, _shadow, host) => {
        // The text collector skips our own UI by this attribute.
        host.setAttribute('data-gii-lens-ui', '');
        container.addEventListener('pointerenter', () => {
          overCard = true;
          if (closeTimer !== undefined) clearTimeout(closeTimer);
          closeTimer = undefined;
        });
        container.addEventListener('pointerleave', () => {
          overCard = false;
          scheduleClose();
        });
      },
    }).then((created) => {
      created.mount();
      ui = created;
      return created;
    });
    return uiLoading;
  };

  const close = () => {
    clearTimers();
    current = undefined;
    clips = []; // not kept past the card: the page may drop those boxes
    // Focus in the card goes back where it was (without scrolling the page); a reader who has tabbed on keeps theirs.
    const cardHadFocus = ui !== undefined && document.activeElement === ui.shadowHost;
    if (ui) render(null, ui.uiContainer);
    if (cardHadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = undefined;
  };

  const scheduleClose = () => {
    if (!current || overCard) return;
    if (closeTimer !== undefined) clearTimeout(closeTimer);
    closeTimer = ctx.setTimeout(close, CLOSE_DELAY_MS);
  };

  const show = async (target: PaintedRange, focus: boolean) => {
    const facts = describe(index, target.mention.id);
    if (!facts) return;
    const created = await ensureUi();
    if (!ctx.isValid) return;
    current = target;
    clips = clippingBoxes(target.range.startContainer);
    const figure = index.figures.get(target.mention.id);
    const pageValue =
      figure && target.mention.pageValue !== undefined ? formatValue(target.mention.pageValue, figure.unit) : undefined;
    render(
      <div class="layer">
        <HoverCard
          facts={facts}
          pageText={target.mention.text}
          kind={target.mention.kind}
          {...(target.mention.agreement ? { agreement: target.mention.agreement } : {})}
          {...(pageValue ? { pageValue } : {})}
          onOpenPanel={() => openPanel(target.mention.id)}
          onClose={close}
        />
      </div>,
      created.uiContainer,
    );
    position();
    if (focus) (created.uiContainer.querySelector('.card button.panel') as HTMLElement | null)?.focus();
  };

  /** Places the card next to its mention; closes it when the mention has scrolled out of sight (see clip). */
  const position = () => {
    if (!current || !ui) return;
    const card = ui.uiContainer.querySelector('.card') as HTMLElement | null;
    const range = liveRange(document, current);
    const rect = range?.getClientRects()[0];
    if (!card || !rect || !inSight(rect, clips, { width: window.innerWidth, height: window.innerHeight })) {
      close();
      return;
    }
    const place = placeCard(
      rect,
      { width: CARD_WIDTH, height: card.offsetHeight },
      { width: window.innerWidth, height: window.innerHeight },
    );
    card.style.top = `${place.top}px`;
    card.style.left = `${place.left}px`;
    // A page whose <body> (or <html>) has a transform, a filter or `contain` makes it the card's containing block
    // instead of the viewport: the card then lands off by that element's offset (and moves as the page scrolls).
    // Where it lands is measured and the difference taken back.
    const landed = card.getBoundingClientRect();
    const dx = place.left - landed.left;
    const dy = place.top - landed.top;
    if (Math.abs(dx) > 0.5 || Math.abs(dy) > 0.5) {
      card.style.top = `${place.top + dy}px`;
      card.style.left = `${place.left + dx}px`;
    }
    card.dataset.side = place.side;
  };

  /** Forgets the mention the pointer was resting on, so no card opens for it. */
  const cancelPending = () => {
    if (openTimer !== undefined) clearTimeout(openTimer);
    openTimer = undefined;
    pending = undefined;
  };

  const onPointerMove = (event: PointerEvent) => {
    if (!active) return;
    // A button held down is a reader selecting text or dragging: a card popping up over the selection is in the way.
    if (event.buttons !== 0) {
      cancelPending();
      return;
    }
    // No button down: released, even where the release itself was not seen (outside the window).
    pressed = false;
    lastPoint = { x: event.clientX, y: event.clientY };
    if (frame) return;
    // One hit test per frame, however fast the pointer moves.
    frame = requestAnimationFrame(() => {
      frame = 0;
      // A frame asked for just before a press: the press wins.
      if (!ctx.isValid || overCard || pressed) return;
      const hit = mentionAt(document, lastPoint.x, lastPoint.y, rangesOver);
      if (hit && current && hit.mention === current.mention) {
        if (closeTimer !== undefined) clearTimeout(closeTimer);
        closeTimer = undefined;
        return;
      }
      if (hit && pending && hit.mention === pending.mention) return; // still resting on the same one
      if (openTimer !== undefined) clearTimeout(openTimer);
      openTimer = undefined;
      pending = hit;
      // The timer opens what is pending when it fires: a repaint in between hands it the new range.
      if (hit) openTimer = ctx.setTimeout(() => pending && void show(pending, false), OPEN_DELAY_MS);
      else scheduleClose();
    });
  };

  ctx.addEventListener(document, 'pointermove', onPointerMove, { passive: true });
  // A press anywhere but on the card (to select, to click elsewhere) puts the card away, as popovers do.
  ctx.addEventListener(
    document,
    'pointerdown',
    (event: PointerEvent) => {
      if (!active) return;
      pressed = true;
      touchDown =
        event.pointerType === 'mouse' ? undefined : { x: event.clientX, y: event.clientY, at: event.timeStamp };
      cancelPending();
      if (current && !(ui && event.composedPath().includes(ui.shadowHost))) close();
    },
    { passive: true, capture: true },
  );
  const released = () => {
    pressed = false;
    touchDown = undefined;
  };
  // A finger or a pen cannot rest over a mention without touching it: a tap on one opens its card at once.
  const onPointerUp = (event: PointerEvent) => {
    const down = touchDown;
    released();
    if (!active || !down || !ctx.isValid) return;
    const tap = Math.hypot(event.clientX - down.x, event.clientY - down.y) <= TAP_SLOP_PX;
    if (!tap || event.timeStamp - down.at > TAP_MS) return;
    // A long press that selected text is a selection, not a question about a name.
    if (document.getSelection()?.isCollapsed === false) return;
    const hit = mentionAt(document, event.clientX, event.clientY, rangesOver);
    if (hit && hit.mention !== current?.mention) void show(hit, false);
  };
  ctx.addEventListener(document, 'pointerup', onPointerUp, { passive: true, capture: true });
  ctx.addEventListener(document, 'pointercancel', released, { passive: true, capture: true });
  ctx.addEventListener(document, 'keydown', (event: KeyboardEvent) => {
    if (event.key === 'Escape' && current) close();
  });
  ctx.addEventListener(window, 'scroll', () => position(), { passive: true, capture: true });
  ctx.addEventListener(window, 'resize', () => position(), { passive: true });

  return {
    openOn: (target, focus) => {
      clearTimers();
      if (focus && !returnFocus) {
        const active = document.activeElement;
        const ours = ui !== undefined && active === ui.shadowHost;
        if (active instanceof HTMLElement && active !== document.body && !ours) returnFocus = active;
      }
      void show(target, focus);
    },
    close,
    repainted: (find) => {
      if (pending) {
        pending = find(pending);
        if (!pending) cancelPending();
      }
      if (!current) return;
      const next = find(current);
      if (!next) {
        close();
        return;
      }
      // Drawn again in place, not closed and opened: the same card stays up, and focus in it stays where it is.
      void show(next, false);
    },
    destroy: () => {
      active = false;
      close();
      if (frame) cancelAnimationFrame(frame);
      ui?.remove();
      ui = undefined;
      uiLoading = undefined;
    },
  };
}
