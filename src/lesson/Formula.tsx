// A formula typeset by KaTeX. The TeX is our own constant (formulas.ts), never user input, so
// setting the rendered HTML directly is safe; KaTeX's MathML copy keeps it readable aloud.
// Until KaTeX has loaded (a moment, the first time) the TeX source stands in.
import { useEffect, useState } from 'react';

let katexModule: Promise<typeof import('./katexRender')> | null = null;

export function Formula({ tex }: { tex: string }) {
  const [html, setHtml] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    katexModule ??= import('./katexRender');
    void katexModule.then((m) => {
      if (live) setHtml(m.renderTex(tex));
    });
    return () => {
      live = false;
    };
  }, [tex]);
  if (html === null) return <code className="rl-formula rl-formula--source">{tex}</code>;
  return <span className="rl-formula" dangerouslySetInnerHTML={{ __html: html }} />;
}
