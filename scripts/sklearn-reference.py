#!/usr/bin/python3
"""Generate workers/engine/fixtures/logreg-reference.json: scikit-learn's optima for RegLab's
logistic-regression objective (0 hidden layers), which workers/engine/logregReference.test.ts
checks the engine against; and workers/engine/fixtures/lasso-path-reference.json: the L1 path
(the same objective at a ladder of λ values, from 0 to past the λ that zeroes every weight),
which workers/engine/lassoPath.test.ts checks an L1 sweep against.

Run by hand, offline, never by tests or CI (scikit-learn is not a project dependency):

    apt-get update && apt-get install -y python3-sklearn
    /usr/bin/python3 scripts/sklearn-reference.py            # writes the fixture, prints checks

(Use Debian's /usr/bin/python3: that is the interpreter python3-sklearn installs into.)

Objective (RegLab's convention), over the n training points, weights w (one per feature) and an
unpenalized intercept b:

    J(w, b) = (1/n)·Σ_i BCE(y_i, σ(w·x_i + b)) + penalty(w)
    penalty = λ·Σ|w_j|          (L1)
    penalty = (λ/2)·Σ w_j²      (L2)

scikit-learn's LogisticRegression minimizes C·Σ_i loss_i + ‖w‖₁ (L1) or C·Σ_i loss_i + ½‖w‖²
(L2). Dividing by C·n gives J with λ = 1/(C·n), so each case is fitted with C = 1/(λ·n).
Solvers: 'saga' for L1 and 'newton-cholesky' for L2; neither penalizes the intercept (liblinear
does, so it is not used). 'lbfgs' is also fitted for L2, as a cross-check only: scikit-learn 1.2
passes tol to L-BFGS-B as gtol but leaves scipy's default ftol (≈ 2.2e-9 relative decrease), so
lbfgs stops with a gradient of ~1e-6 and weights good to only ~1e-5, whatever tol is; Newton's
method reaches the optimum to rounding error in a few iterations.

The data are made here with a small self-contained generator (SplitMix64 + Box–Muller), so they
do not depend on numpy's random streams; every coordinate is rounded to 6 decimals BEFORE the
fit and written exactly as fitted, so both sides see identical inputs. The input features are
computed from (x1, x2) as workers/engine/features.ts does, with no scaling.

Besides writing the fixture, the script checks each fit independently of scikit-learn:
  * the solver converged (n_iter_ < max_iter, no ConvergenceWarning);
  * the optimality (KKT) conditions of J at the returned point: ∂J/∂b = 0; for L2 ∇_w J = 0;
    for L1, g_j + λ·sign(w_j) = 0 where w_j ≠ 0 and |g_j| ≤ λ where w_j = 0 (g = ∇ of the mean
    BCE). The largest residual is printed and must be tiny;
  * for L1, the zero pattern is not marginal: every zero weight has |g_j| clearly below λ, so
    a solver that is slightly off still lands on the same exact zeros.
"""

import json
import math
import os
import sys
import warnings

import numpy as np
import sklearn
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'workers', 'engine', 'fixtures', 'logreg-reference.json')
PATH_OUT = os.path.join(ROOT, 'workers', 'engine', 'fixtures', 'lasso-path-reference.json')

DOMAIN = (-6.0, 6.0)
ALL_FEATURES = ['x1', 'x2', 'x1^2', 'x2^2', 'x1*x2', 'sin(x1)', 'sin(x2)']

TOL = 1e-12
MAX_ITER = 1_000_000


# ---------------------------------------------------------------------------------------------
# Deterministic data


class SplitMix64:
    """A tiny 64-bit generator, so the datasets never depend on numpy's random streams."""

    MASK = (1 << 64) - 1

    def __init__(self, seed):
        self.state = seed & self.MASK

    def next_u64(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & self.MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & self.MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & self.MASK
        return z ^ (z >> 31)

    def float(self):
        """Uniform in [0, 1) with 53 random bits."""
        return (self.next_u64() >> 11) / float(1 << 53)

    def normal(self):
        """Standard normal by Box–Muller (one value per call; simplicity over speed)."""
        u1 = 1.0 - self.float()  # (0, 1]: log is finite
        u2 = self.float()
        return math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * u2)


def round6(v):
    r = round(v, 6)
    return 0.0 if r == 0 else r  # no -0.0 in the fixture


def blobs(seed, n, centre, sd):
    """Two overlapping isotropic Gaussian blobs at ±centre (label 1 at +centre), n/2 each.

    With equal isotropic covariances the Bayes boundary is linear in (x1, x2): every other
    feature is irrelevant, which is what L1 should discover.
    """
    rng = SplitMix64(seed)
    pts = []
    for i in range(n):
        label = 1 if i < n // 2 else 0
        s = 1.0 if label == 1 else -1.0
        while True:
            x1 = s * centre[0] + sd * rng.normal()
            x2 = s * centre[1] + sd * rng.normal()
            if DOMAIN[0] <= x1 <= DOMAIN[1] and DOMAIN[0] <= x2 <= DOMAIN[1]:
                break
        pts.append([round6(x1), round6(x2), label])
    return pts


def ring(seed, n, inner_sd, outer_r, outer_sd):
    """A noisy disc (label 1) inside a noisy ring (label 0), both centred at the origin.

    The classes overlap, so the optimum is finite; the boundary is a circle, so x1², x2²
    matter and x1, x2, x1·x2 do not.
    """
    rng = SplitMix64(seed)
    pts = []
    for i in range(n):
        label = 1 if i < n // 2 else 0
        while True:
            if label == 1:
                x1 = inner_sd * rng.normal()
                x2 = inner_sd * rng.normal()
            else:
                a = 2.0 * math.pi * rng.float()
                r = outer_r + outer_sd * rng.normal()
                x1 = r * math.cos(a)
                x2 = r * math.sin(a)
            if DOMAIN[0] <= x1 <= DOMAIN[1] and DOMAIN[0] <= x2 <= DOMAIN[1]:
                break
        pts.append([round6(x1), round6(x2), label])
    return pts


# ---------------------------------------------------------------------------------------------
# Features and RegLab's objective (float64, independent of scikit-learn)

FEATURE_FNS = {
    'x1': lambda x1, x2: x1,
    'x2': lambda x1, x2: x2,
    'x1^2': lambda x1, x2: x1 * x1,
    'x2^2': lambda x1, x2: x2 * x2,
    'x1*x2': lambda x1, x2: x1 * x2,
    'sin(x1)': lambda x1, x2: math.sin(x1),
    'sin(x2)': lambda x1, x2: math.sin(x2),
}


def feature_matrix(points, features):
    return np.array([[FEATURE_FNS[f](p[0], p[1]) for f in features] for p in points], dtype=np.float64)


def mean_bce(X, y, w, b):
    z = X @ w + b
    # BCE(y, σ(z)) = log(1 + e^z) − y·z, computed without overflow.
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def penalty(kind, lam, w):
    if kind == 'l1':
        return float(lam * np.sum(np.abs(w)))
    return float(0.5 * lam * np.sum(w * w))


def bce_gradient(X, y, w, b):
    p = 1.0 / (1.0 + np.exp(-(X @ w + b)))
    r = p - y
    return X.T @ r / len(y), float(np.mean(r))


def kkt_residual(kind, lam, X, y, w, b):
    """Largest violation of the optimality conditions of J, and the L1 zero-pattern margin."""
    gw, gb = bce_gradient(X, y, w, b)
    res = [abs(gb)]
    margin = math.inf
    for j in range(len(w)):
        if kind == 'l2':
            res.append(abs(gw[j] + lam * w[j]))
        elif w[j] != 0:
            res.append(abs(gw[j] + lam * math.copysign(1.0, w[j])))
        else:
            res.append(max(0.0, abs(gw[j]) - lam))
            margin = min(margin, (lam - abs(gw[j])) / lam)
    return max(res), margin


# ---------------------------------------------------------------------------------------------
# Fits


def solver_for(kind):
    return 'saga' if kind == 'l1' else 'newton-cholesky'


def fit(kind, lam, X, y, solver=None):
    n = len(y)
    C = 1.0 / (lam * n)
    model = LogisticRegression(
        penalty=kind,
        C=C,
        solver=solver or solver_for(kind),
        tol=TOL,
        max_iter=MAX_ITER,
        fit_intercept=True,
        random_state=0,  # saga visits the points in a random order: fix it for a repeatable fixture
    )
    with warnings.catch_warnings():
        warnings.simplefilter('error', ConvergenceWarning)
        model.fit(X, y)
    n_iter = int(model.n_iter_[0])
    if n_iter >= MAX_ITER:
        sys.exit(f'{kind} λ={lam}: the solver did not converge ({n_iter} iterations)')
    return C, model.coef_[0].astype(np.float64), float(model.intercept_[0]), n_iter


DATASETS = {
    # Blobs at ±(1, 0.6), sd 1.3: heavily overlapping, so the optimum is finite and moderate.
    'blobs': blobs(seed=20240601, n=160, centre=(1.0, 0.6), sd=1.3),
    # Disc of sd 1.1 inside a ring of radius 2.6 (sd 0.6).
    'ring': ring(seed=20240602, n=160, inner_sd=1.1, outer_r=2.6, outer_sd=0.6),
}

RING_FEATURES = ['x1', 'x2', 'x1^2', 'x2^2', 'x1*x2']

# name, dataset, features, penalty kind, λ
CASES = [
    ('blobs-all7-l1-0.01', 'blobs', ALL_FEATURES, 'l1', 0.01),
    ('blobs-all7-l1-0.05', 'blobs', ALL_FEATURES, 'l1', 0.05),
    ('blobs-all7-l2-0.01', 'blobs', ALL_FEATURES, 'l2', 0.01),
    ('blobs-all7-l2-0.1', 'blobs', ALL_FEATURES, 'l2', 0.1),
    ('ring-quad5-l1-0.04', 'ring', RING_FEATURES, 'l1', 0.04),
    ('ring-quad5-l2-0.05', 'ring', RING_FEATURES, 'l2', 0.05),
]


# ---------------------------------------------------------------------------------------------
# The lasso path

# On `ring` with the 5 quadratic features: the smallest curvature on the active set stays above
# 0.027 along the whole path (blobs with all 7 features drops to 0.001 at small λ: too slow for
# the test's gradient steps). No λ puts a zero within 5% of its threshold (0.5 would: 2%).
PATH_DATASET = 'ring'
PATH_FEATURES = RING_FEATURES
PATH_LAMBDAS = [0, 0.001, 0.003, 0.01, 0.02, 0.03, 0.05, 0.1, 0.2, 0.3, 0.7]


def curvature(X, w, b):
    """Smallest curvature of J on the non-zero weights and the bias; largest on everything."""
    p = 1.0 / (1.0 + np.exp(-(X @ w + b)))
    s = p * (1.0 - p)
    ones = np.ones((len(s), 1))
    active = np.hstack([X[:, w != 0], ones])
    full = np.hstack([X, ones])
    mu = float(np.min(np.linalg.eigvalsh(active.T @ (active * s[:, None]) / len(s))))
    big = float(np.max(np.linalg.eigvalsh(full.T @ (full * s[:, None]) / len(s))))
    return mu, big


def path_step(lam, X, y):
    """The optimum at one λ: unpenalized Newton at 0, saga below λ_max, exact above it."""
    n = len(y)
    lam_max = float(np.max(np.abs(X.T @ (np.mean(y) - y) / n)))
    if lam == 0:
        model = LogisticRegression(penalty=None, solver='newton-cholesky', tol=TOL, max_iter=MAX_ITER)
        model.fit(X, y)
        return None, 'newton-cholesky', int(model.n_iter_[0]), model.coef_[0].astype(np.float64), float(model.intercept_[0])
    C, w, b, n_iter = fit('l1', lam, X, y)
    if lam >= lam_max:
        # Every weight is 0 (|∂J/∂w_j| ≤ λ at w = 0 is what λ ≥ λ_max means), and the intercept
        # is the log-odds of the labels. saga stops early here (its tolerance is on the change of
        # the weights, which are already 0), so the exact optimum is written, saga's zeros checked.
        if np.any(w != 0):
            sys.exit(f'λ={lam} ≥ λ_max={lam_max}: saga left non-zero weights {w}')
        ybar = float(np.mean(y))
        return C, 'exact (w = 0, b = log-odds)', n_iter, np.zeros_like(w), math.log(ybar / (1.0 - ybar))
    return C, 'saga', n_iter, w, b


def lasso_path():
    points = DATASETS[PATH_DATASET]
    X = feature_matrix(points, PATH_FEATURES)
    y = np.array([p[2] for p in points], dtype=np.float64)
    n = len(y)
    lam_max = float(np.max(np.abs(X.T @ (np.mean(y) - y) / n)))
    print(f'lasso path on {PATH_DATASET}: λ_max = {lam_max:.6f} (every weight is 0 from there on)')
    steps = []
    for lam in PATH_LAMBDAS:
        C, solver, n_iter, w, b = path_step(lam, X, y)
        kind = 'l1' if lam > 0 else 'l2'  # λ = 0: both conditions are ∇J = 0
        res, margin = kkt_residual(kind, lam, X, y, w, b)
        mu, big = curvature(X, w, b)
        zeros = int(np.sum(w == 0))
        loss = mean_bce(X, y, w, b)
        pen = penalty('l1', lam, w)
        print(
            f'  λ={lam:<6} {solver:28s} n_iter={n_iter:6d} zeros={zeros}/{len(w)} KKT residual={res:.2e}'
            f' zero margin={margin:.3f} curvature {mu:.4f}..{big:.2f}'
        )
        if res > 1e-7:
            sys.exit(f'λ={lam}: KKT residual {res:.2e} too large: the fit is not an optimum')
        if margin < 0.05:
            sys.exit(f'λ={lam}: a zero weight is marginal (|g| within 5% of λ)')
        steps.append(
            {
                'lambda': lam,
                'C': C,
                'solver': solver,
                'nIter': n_iter,
                'weights': [0.0 if v == 0 else float(v) for v in w],
                'intercept': b,
                'dataLoss': loss,
                'penaltyValue': pen,
                'objective': loss + pen,
                'kktResidual': res,
                'zeroMargin': None if math.isinf(margin) else margin,
                'minCurvature': mu,
                'maxCurvature': big,
            }
        )
    counts = [sum(1 for v in st['weights'] if v == 0) for st in steps]
    if counts != sorted(counts) or counts[0] != 0 or counts[-1] != len(PATH_FEATURES):
        sys.exit(f'the path should zero the weights one after another, from none to all: {counts}')
    return {
        'description': (
            "scikit-learn's L1 logistic-regression path for RegLab's objective: mean BCE + "
            'λ·Σ|w|, intercept unpenalized; C = 1/(λ·n); λ = 0 unpenalized. Generated by '
            'scripts/sklearn-reference.py; see docs/solver-comparison.md.'
        ),
        'generator': 'scripts/sklearn-reference.py',
        'sklearnVersion': sklearn.__version__,
        'tol': TOL,
        'dataset': PATH_DATASET,
        'features': PATH_FEATURES,
        'n': n,
        'lambdaMax': lam_max,
        'points': points,
        'steps': steps,
    }


def write_json(path, value):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        json.dump(value, f, separators=(',', ':'))
        f.write('\n')
    print(f'wrote {os.path.relpath(path, ROOT)} ({os.path.getsize(path)} bytes)')


def main():
    out_cases = []
    print(f'scikit-learn {sklearn.__version__}, numpy {np.__version__}')
    for name, ds, features, kind, lam in CASES:
        points = DATASETS[ds]
        X = feature_matrix(points, features)
        y = np.array([p[2] for p in points], dtype=np.float64)
        C, w, b, n_iter = fit(kind, lam, X, y)
        loss = mean_bce(X, y, w, b)
        pen = penalty(kind, lam, w)
        res, margin = kkt_residual(kind, lam, X, y, w, b)
        zeros = int(np.sum(w == 0))
        print(
            f'{name:22s} n_iter={n_iter:7d} J={loss + pen:.15f} KKT residual={res:.2e}'
            + (f' zeros={zeros}/{len(w)} zero margin={margin:.3f}' if kind == 'l1' else '')
        )
        print('    w =', ' '.join(f'{v:+.6f}' for v in w), f' b = {b:+.6f}')
        if res > 1e-7:
            sys.exit(f'{name}: KKT residual {res:.2e} too large: the fit is not an optimum')
        if kind == 'l1' and not (0 < zeros < len(w)):
            sys.exit(f'{name}: want several zero and several nonzero weights, got {zeros} zeros')
        if kind == 'l1' and margin < 0.05:
            sys.exit(f'{name}: a zero weight is marginal (|g| within 5% of λ)')
        if kind == 'l2':
            with warnings.catch_warnings():
                warnings.simplefilter('ignore', ConvergenceWarning)
                _, wl, bl, itl = fit(kind, lam, X, y, solver='lbfgs')
            dl = max(float(np.max(np.abs(wl - w))), abs(bl - b))
            jl = mean_bce(X, y, wl, bl) + penalty(kind, lam, wl)
            print(
                f'    lbfgs cross-check: n_iter={itl} max|Δw, Δb|={dl:.2e}'
                f' ΔJ/J={(jl - loss - pen) / (loss + pen):.2e}'
            )
        out_cases.append(
            {
                'name': name,
                'dataset': ds,
                'features': features,
                'penalty': kind,
                'lambda': lam,
                'C': C,
                'n': len(points),
                'points': points,
                'solver': solver_for(kind),
                'nIter': n_iter,
                'weights': [0.0 if v == 0 else float(v) for v in w],  # no -0.0
                'intercept': b,
                'dataLoss': loss,
                'penaltyValue': pen,
                'objective': loss + pen,
                'kktResidual': res,
            }
        )
    fixture = {
        'description': (
            "scikit-learn optima of RegLab's logistic-regression objective: mean BCE + "
            'λ·Σ|w| (l1) or (λ/2)·Σw² (l2), intercept unpenalized; C = 1/(λ·n). '
            'Generated by scripts/sklearn-reference.py; see docs/solver-comparison.md.'
        ),
        'generator': 'scripts/sklearn-reference.py',
        'sklearnVersion': sklearn.__version__,
        'tol': TOL,
        'cases': out_cases,
    }
    write_json(OUT, fixture)
    write_json(PATH_OUT, lasso_path())


if __name__ == '__main__':
    main()
