// Minimizing f(a, b) + l1·(|a| + |b|) + (l2/2)·(a² + b²) over a plane (or a line) of two (one)
// weights, accurately: proximal Newton. Each step minimizes the penalty plus the local quadratic
// model of the smooth part exactly (in 2-D the lasso subproblem is solved by trying every sign
// pattern, each a 2×2 linear solve), so a coordinate the L1 term holds at 0 comes out exactly 0,
// not 1e-9. The derivatives of f are central finite differences of the engine's own loss (the
// same numbers the curves show); a Levenberg–Marquardt shift keeps the model convex where f is
// not (hidden layers) and is raised until the step lowers the objective, so every accepted point
// is better than the last. Found from the start point: the global minimum when f is convex in
// the plane (logistic regression), otherwise the local one the start point runs down to.

export interface PlanePenalty {
  l1: number;
  l2: number;
}

export type MinimumStatus = 'converged' | 'unbounded' | 'iteration-limit';

export interface PlaneMinimum {
  a: number;
  b: number;
  /** f(a, b) alone. */
  dataLoss: number;
  /** f(a, b) plus the penalty on (a, b). */
  objective: number;
  /** 'unbounded': the objective kept falling as the weights grew (e.g. separable data, λ = 0). */
  status: MinimumStatus;
  iterations: number;
}

export type PlaneFunction = (a: number, b: number) => number;

export interface SolverOptions {
  maxIterations?: number;
  /** Beyond this |a| or |b| the minimum is reported unbounded. */
  bound?: number;
}

export function penaltyOf(p: PlanePenalty, a: number, b: number): number {
  return p.l1 * (Math.abs(a) + Math.abs(b)) + (p.l2 / 2) * (a * a + b * b);
}

/** Minimizes q(z) = ½zᵀAz − cᵀz + l1·‖z‖₁ (A positive definite) over every sign pattern. */
function lassoSubproblem(
  A11: number,
  A12: number,
  A22: number,
  c1: number,
  c2: number,
  l1: number,
): [number, number] {
  let best: [number, number] = [0, 0];
  let bestQ = 0;
  const consider = (z1: number, z2: number) => {
    const q =
      0.5 * (A11 * z1 * z1 + 2 * A12 * z1 * z2 + A22 * z2 * z2) -
      c1 * z1 -
      c2 * z2 +
      l1 * (Math.abs(z1) + Math.abs(z2));
    if (q < bestQ) {
      bestQ = q;
      best = [z1, z2];
    }
  };
  const det = A11 * A22 - A12 * A12;
  for (const s of [-1, 1]) {
    const z2 = (c2 - l1 * s) / A22;
    if (z2 * s > 0) consider(0, z2);
    const z1 = (c1 - l1 * s) / A11;
    if (z1 * s > 0) consider(z1, 0);
    for (const t of [-1, 1]) {
      const r1 = c1 - l1 * s;
      const r2 = c2 - l1 * t;
      const y1 = (A22 * r1 - A12 * r2) / det;
      const y2 = (A11 * r2 - A12 * r1) / det;
      if (y1 * s > 0 && y2 * t > 0) consider(y1, y2);
    }
  }
  return best;
}

/** The proximal Newton minimization of f + penalty over (a, b), from `start`. */
export function minimizeInPlane(
  f: PlaneFunction,
  start: readonly [number, number],
  pen: PlanePenalty,
  options: SolverOptions = {},
): PlaneMinimum {
  const maxIterations = options.maxIterations ?? 200;
  let [a, b] = start;
  const bound = options.bound ?? 1000 * (1 + Math.max(Math.abs(a), Math.abs(b)));
  let fx = f(a, b);
  let F = fx + penaltyOf(pen, a, b);
  const result = (status: MinimumStatus, iterations: number): PlaneMinimum => ({
    a,
    b,
    dataLoss: fx,
    objective: F,
    status,
    iterations,
  });
  for (let it = 1; it <= maxIterations; it++) {
    const ha = 1e-5 * (1 + Math.abs(a));
    const hb = 1e-5 * (1 + Math.abs(b));
    const ga = (f(a + ha, b) - f(a - ha, b)) / (2 * ha) + pen.l2 * a;
    const gb = (f(a, b + hb) - f(a, b - hb)) / (2 * hb) + pen.l2 * b;
    const Ha = 10 * ha;
    const Hb = 10 * hb;
    const Haa = (f(a + Ha, b) - 2 * fx + f(a - Ha, b)) / (Ha * Ha) + pen.l2;
    const Hbb = (f(a, b + Hb) - 2 * fx + f(a, b - Hb)) / (Hb * Hb) + pen.l2;
    const Hab =
      (f(a + Ha, b + Hb) - f(a + Ha, b - Hb) - f(a - Ha, b + Hb) + f(a - Ha, b - Hb)) /
      (4 * Ha * Hb);
    // The smallest eigenvalue of the 2×2 Hessian; shift it to positive if it is not.
    const mid = (Haa + Hbb) / 2;
    const half = (Haa - Hbb) / 2;
    const lmin = mid - Math.sqrt(half * half + Hab * Hab);
    const scale = 1 + Math.max(Math.abs(Haa), Math.abs(Hbb), Math.abs(Hab));
    let mu = lmin > 1e-10 * scale ? 0 : 1e-10 * scale - lmin;
    let accepted = false;
    let na = a;
    let nb = b;
    let nfx = fx;
    let nF = F;
    for (let tries = 0; tries < 60 && !accepted; tries++) {
      const A11 = Haa + mu;
      const A22 = Hbb + mu;
      const c1 = A11 * a + Hab * b - ga;
      const c2 = Hab * a + A22 * b - gb;
      [na, nb] = lassoSubproblem(A11, Hab, A22, c1, c2, pen.l1);
      nfx = f(na, nb);
      nF = nfx + penaltyOf(pen, na, nb);
      if (nF <= F) accepted = true;
      else mu = mu === 0 ? 1e-6 * scale : 8 * mu;
    }
    // No step lowers the objective any more: a minimum to the resolution of f.
    if (!accepted) return result('converged', it);
    const step = Math.max(Math.abs(na - a), Math.abs(nb - b));
    const gain = F - nF;
    a = na;
    b = nb;
    fx = nfx;
    F = nF;
    const size = 1 + Math.max(Math.abs(a), Math.abs(b));
    if (step <= 1e-12 * size || (step <= 1e-8 * size && gain <= 1e-15 * (1 + Math.abs(F)))) {
      return result('converged', it);
    }
    if (Math.max(Math.abs(a), Math.abs(b)) > bound) return result('unbounded', it);
  }
  return result('iteration-limit', maxIterations);
}

export interface LineMinimum {
  w: number;
  dataLoss: number;
  objective: number;
  status: MinimumStatus;
  iterations: number;
}

/** The same for one weight: f(w) + l1·|w| + (l2/2)·w², each step w ← S_{l1/h}(w − g/h). */
export function minimizeOnLine(
  f: (w: number) => number,
  start: number,
  pen: PlanePenalty,
  options: SolverOptions = {},
): LineMinimum {
  const maxIterations = options.maxIterations ?? 200;
  let w = start;
  const bound = options.bound ?? 1000 * (1 + Math.abs(w));
  const obj = (x: number, fv: number) => fv + pen.l1 * Math.abs(x) + (pen.l2 / 2) * x * x;
  let fx = f(w);
  let F = obj(w, fx);
  const result = (status: MinimumStatus, iterations: number): LineMinimum => ({
    w,
    dataLoss: fx,
    objective: F,
    status,
    iterations,
  });
  for (let it = 1; it <= maxIterations; it++) {
    const h = 1e-5 * (1 + Math.abs(w));
    const H = 10 * h;
    const g = (f(w + h) - f(w - h)) / (2 * h) + pen.l2 * w;
    const curv = (f(w + H) - 2 * fx + f(w - H)) / (H * H) + pen.l2;
    const scale = 1 + Math.abs(curv);
    let mu = curv > 1e-10 * scale ? 0 : 1e-10 * scale - curv;
    let accepted = false;
    let nw = w;
    let nfx = fx;
    let nF = F;
    for (let tries = 0; tries < 60 && !accepted; tries++) {
      const A = curv + mu;
      const u = w - g / A;
      const t = pen.l1 / A;
      nw = u > t ? u - t : u < -t ? u + t : 0;
      nfx = f(nw);
      nF = obj(nw, nfx);
      if (nF <= F) accepted = true;
      else mu = mu === 0 ? 1e-6 * scale : 8 * mu;
    }
    if (!accepted) return result('converged', it);
    const step = Math.abs(nw - w);
    const gain = F - nF;
    w = nw;
    fx = nfx;
    F = nF;
    const size = 1 + Math.abs(w);
    if (step <= 1e-12 * size || (step <= 1e-8 * size && gain <= 1e-15 * (1 + Math.abs(F)))) {
      return result('converged', it);
    }
    if (Math.abs(w) > bound) return result('unbounded', it);
  }
  return result('iteration-limit', maxIterations);
}
