// Each technique's formula in TeX, typeset by KaTeX. The conventions are the engine's (see
// ARCHITECTURE.md, "The math"): L2 carries λ/2, dropout's p is the keep probability, BN sits
// before the activation.
export const TECHNIQUES = [
  'l2',
  'l1',
  'elasticnet',
  'dropout',
  'batchnorm',
  'weightdecay',
  'augmentation',
  'earlystopping',
] as const;
export type Technique = (typeof TECHNIQUES)[number];

export const FORMULAS: Record<Technique, readonly string[]> = {
  l2: [
    String.raw`L(W) = L_0(W) + \frac{\lambda}{2}\lVert W\rVert_2^2 = L_0(W) + \frac{\lambda}{2}\sum_i w_i^2`,
  ],
  l1: [
    String.raw`L(W) = L_0(W) + \lambda\lVert W\rVert_1 = L_0(W) + \lambda\sum_i \lvert w_i\rvert`,
    // The proximal step after the gradient step u = w − η∇L₀: what makes weights exactly 0.
    String.raw`w \leftarrow \operatorname{sign}(u)\cdot\max\bigl(\lvert u\rvert - \eta\lambda,\ 0\bigr)`,
  ],
  elasticnet: [
    String.raw`\lambda\Bigl(\alpha\lVert W\rVert_1 + \frac{1-\alpha}{2}\lVert W\rVert_2^2\Bigr)`,
  ],
  dropout: [String.raw`\tilde h = \frac{m \odot h}{p},\quad m_i \sim \operatorname{Bernoulli}(p)`],
  batchnorm: [
    String.raw`\hat x = \frac{x - \mu_B}{\sqrt{\sigma_B^2 + \varepsilon}},\quad y = \gamma\hat x + \beta`,
  ],
  weightdecay: [String.raw`w \leftarrow w - \eta\lambda w \quad(\text{besides the Adam step})`],
  augmentation: [
    String.raw`\tilde x = \lambda x_i + (1-\lambda)\,x_j,\quad \tilde y = \lambda y_i + (1-\lambda)\,y_j,\quad \lambda \sim \operatorname{Beta}(\alpha,\alpha)`,
  ],
  earlystopping: [String.raw`\text{epoch}^{*} = \operatorname*{arg\,min}_{t}\ L_{\text{val}}(t)`],
};
