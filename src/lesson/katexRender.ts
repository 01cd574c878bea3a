// KaTeX and its stylesheet (with the fonts, which Vite bundles: nothing is fetched from
// elsewhere). Loaded on demand by Formula, so the ~270 kB typesetter is not in the first load.
import katex from 'katex';
import 'katex/dist/katex.min.css';

export function renderTex(tex: string): string {
  return katex.renderToString(tex, {
    displayMode: true,
    throwOnError: false,
    output: 'htmlAndMathml',
  });
}
