// A placeholder until the live lab lands. The page language lives on <html lang> in index.html;
// the i18n layer will keep it in step when a reader switches to 简体中文.
export function App() {
  return (
    <main>
      <h1>RegLab</h1>
      <p>
        The live lab is coming: a small neural net will train in your browser while you turn L1, L2,
        dropout and the other regularizers up and down.
      </p>
    </main>
  );
}
