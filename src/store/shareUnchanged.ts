// An edit is planned on a fresh copy of every run's config (labEdit.ts: structuredClone, then
// validation), so after a λ step every part of every config was a new object, and every component
// that selects a part (the early-stopping settings, the model, the data) rendered again inside the
// slider's input event: 10-50 ms of React work per step with four runs on a core shared with the
// worker. Keeping the parts that did not change as the same objects lets zustand's selectors see
// that nothing changed for them.

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length && keys.every((k) => k in b && sameValue(a[k], b[k]))
  );
}

/** `next`, with every part equal in value to `prev`'s the very object of `prev` (all of it if equal). */
export function shareUnchanged<T>(prev: T, next: T): T {
  if (prev === next) return prev;
  if (!isPlainObject(prev) || !isPlainObject(next)) return sameValue(prev, next) ? prev : next;
  const out: Record<string, unknown> = {};
  let same = Object.keys(prev).length === Object.keys(next).length;
  for (const k of Object.keys(next)) {
    out[k] = shareUnchanged(prev[k], next[k]);
    if (!(k in prev) || out[k] !== prev[k]) same = false;
  }
  return same ? prev : (out as T);
}
