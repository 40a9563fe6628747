'use client';

import { useContext, useEffect, useRef, useState } from 'react';
import { AnswerChanged } from './answer-changed';

/**
 * Put items in order: each item has "Move up" and "Move down" buttons (keyboard and screen readers) and a handle
 * to drag it on a phone or with a mouse (pointer events); every move is announced. The order travels as hidden
 * fields (`o_<question id>`, shown indices, first to last) once the player has moved an item or kept the order as
 * it is, so an untouched list counts as not answered yet. Without JavaScript nothing can move: the page says so,
 * and the fields inside <noscript> send the list as shown.
 */
export function OrderList({ questionId, items, initial }: { questionId: string; items: string[]; initial?: number[] }) {
  const [order, setOrder] = useState<number[]>(() => (initial && initial.length === items.length ? initial : items.map((_, i) => i)));
  const [said, setSaid] = useState('');
  const [touched, setTouched] = useState(!!initial);
  const listRef = useRef<HTMLOListElement>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  /** The item being dragged, read by the pointer handlers at once (state would lag a render behind). */
  const grabbed = useRef<number | null>(null);
  const changed = useContext(AnswerChanged);
  const first = useRef(true);
  useEffect(() => {
    // Not for the order it opened with (restored or as shown): only a move or "keep" is a change.
    if (first.current) {
      first.current = false;
      return;
    }
    if (touched) changed();
  }, [order, touched, changed]);

  const move = (item: number, to: number, announce = true) => {
    setTouched(true);
    setOrder((cur) => {
      const from = cur.indexOf(item);
      const target = Math.max(0, Math.min(cur.length - 1, to));
      if (from === target) return cur;
      const next = cur.filter((i) => i !== item);
      next.splice(target, 0, item);
      return next;
    });
    if (announce) setSaid(`${items[item]}: now ${Math.max(1, Math.min(items.length, to + 1))} of ${items.length}.`);
  };
  const nudge = (item: number, by: -1 | 1) => {
    const at = order.indexOf(item);
    if (at + by < 0 || at + by >= order.length) {
      setSaid(`${items[item]} is already ${by < 0 ? 'first' : 'last'}.`);
      return;
    }
    move(item, at + by);
  };
  /** The place under the pointer: the first item whose middle is below it. */
  const placeAt = (y: number) => {
    const rows = [...(listRef.current?.children ?? [])];
    const below = rows.findIndex((row) => {
      const r = row.getBoundingClientRect();
      return y < r.top + r.height / 2;
    });
    return below === -1 ? rows.length - 1 : below;
  };

  return (
    <div className="order">
      <p className="pick-hint"><strong>First at the top.</strong> Use the buttons, or drag an item by its handle.</p>
      <noscript>
        <p className="form-error">Moving the items needs JavaScript, which is off in this browser: the list will be sent in the order shown.</p>
        {order.map((item) => <input key={item} type="hidden" name={`o_${questionId}`} value={item} />)}
      </noscript>
      <ol
        ref={listRef} className="order-list" aria-label="Items in your order"
        onPointerMove={(e) => { if (grabbed.current !== null) move(grabbed.current, placeAt(e.clientY), false); }}
        onPointerUp={(e) => {
          const item = grabbed.current;
          if (item === null) return;
          grabbed.current = null;
          setDragging(null);
          if (listRef.current?.hasPointerCapture(e.pointerId)) listRef.current.releasePointerCapture(e.pointerId);
          const place = [...(listRef.current?.children ?? [])].findIndex((row) => row.getAttribute('data-item') === String(item));
          setSaid(`${items[item]}: now ${place + 1} of ${items.length}.`);
        }}
        onPointerCancel={() => { grabbed.current = null; setDragging(null); }}
      >
        {order.map((item, place) => (
          <li key={item} data-item={item} className={`order-item${dragging === item ? ' dragging' : ''}`}>
            {touched ? <input type="hidden" name={`o_${questionId}`} value={item} /> : null}
            <span
              className="drag-handle" aria-hidden="true" title="Drag to move"
              onPointerDown={(e) => {
                // The list, not the handle, holds the pointer: the item's node moves as the order changes.
                grabbed.current = item;
                setDragging(item);
                listRef.current?.setPointerCapture(e.pointerId);
                e.preventDefault();
              }}
            >⠿</span>
            <span className="order-place">{place + 1}.</span>
            <span className="order-text">{items[item]}</span>
            <span className="order-buttons">
              <button type="button" className="secondary" aria-label={`Move up: ${items[item]}`} onClick={() => nudge(item, -1)}>↑ Up</button>
              <button type="button" className="secondary" aria-label={`Move down: ${items[item]}`} onClick={() => nudge(item, 1)}>↓ Down</button>
            </span>
          </li>
        ))}
      </ol>
      {touched ? null : (
        <button type="button" className="secondary" onClick={() => { setTouched(true); setSaid('Order kept as shown.'); }}>Keep this order</button>
      )}
      <p className="visually-hidden" aria-live="polite">{said}</p>
    </div>
  );
}
