'use client';

import { useSyncExternalStore } from 'react';

const subscribe = (change: () => void) => {
  document.addEventListener('fullscreenchange', change);
  return () => document.removeEventListener('fullscreenchange', change);
};

/** Fills the screen with the element `target` (the projector view), and back; hidden where the browser cannot. */
export function FullScreenButton({ target }: { target: string }) {
  const full = useSyncExternalStore(subscribe, () => !!document.fullscreenElement, () => false);
  const able = useSyncExternalStore(subscribe, () => document.fullscreenEnabled, () => false);
  if (!able) return null;
  const toggle = () => (full ? document.exitFullscreen() : document.getElementById(target)?.requestFullscreen());
  return <button type="button" className="secondary" onClick={() => void toggle()}>{full ? 'Leave full screen' : 'Full screen'}</button>;
}
