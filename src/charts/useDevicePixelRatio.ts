import { useEffect, useState } from 'react';

const current = () => (typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1);

/**
 * The device pixel ratio, updated when it changes (browser zoom, or the window moved to a
 * projector): a resolution media query that matches only the current ratio fires on any change.
 */
export function useDevicePixelRatio(): number {
  const [dpr, setDpr] = useState(current);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia(`(resolution: ${dpr}dppx)`);
    const onChange = () => setDpr(current());
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [dpr]);
  return dpr;
}
