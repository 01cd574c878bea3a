// `prefers-reduced-motion: reduce`: the page keeps its paced speeds (no speed is "as fast as
// possible" by default for anyone), styles.css drops transitions and animations, and lessons never
// start playing by themselves (presentation mode's "next lesson" loads it paused).
export function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}
