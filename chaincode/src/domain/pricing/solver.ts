import { ValuationError } from './valuation-error';

export interface SolverOptions {
  /** Absolute tolerance on the root. */
  readonly tolerance?: number;
  readonly maxIterations?: number;
}

/**
 * The root of `f` in [lo, hi] by Brent's method (Brent 1973, "Algorithms for Minimization without Derivatives",
 * ch. 4; the zeroin form of Numerical Recipes §9.3): bisection's guarantee with inverse quadratic interpolation's
 * speed. Throws ST2-NO-SOLUTION, never returns NaN, when the interval does not bracket a root (f has the same sign
 * at both ends), f is not finite at an end, or it has not converged within the iterations.
 */
export function solveBracketed(f: (x: number) => number, lo: number, hi: number, options: SolverOptions = {}): number {
  const tolerance = options.tolerance ?? 1e-12;
  const maxIterations = options.maxIterations ?? 200;
  let [a, b] = [lo, hi];
  let [fa, fb] = [f(a), f(b)];
  if (!Number.isFinite(fa) || !Number.isFinite(fb) || fa * fb > 0) {
    throw new ValuationError('ST2-NO-SOLUTION', `No root in [${lo}, ${hi}]: f is ${fa} and ${fb} at the ends`, { lo, hi, fLo: fa, fHi: fb });
  }
  if (fa === 0) return a;
  let [c, fc] = [b, fb];
  let [d, e] = [b - a, b - a];
  for (let i = 0; i < maxIterations; i++) {
    if (fb * fc > 0) { [c, fc] = [a, fa]; d = e = b - a; }
    if (Math.abs(fc) < Math.abs(fb)) { [a, b, c] = [b, c, b]; [fa, fb, fc] = [fb, fc, fb]; }
    const tol = 2 * Number.EPSILON * Math.abs(b) + tolerance / 2;
    const m = (c - b) / 2;
    if (Math.abs(m) <= tol || fb === 0) return b;
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      const { p, q } = interpolation(a, b, c, fa, fb, fc, m);
      if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) { e = d; d = p / q; } else { d = m; e = m; }
    } else { d = m; e = m; }
    [a, fa] = [b, fb];
    b += Math.abs(d) > tol ? d : (m >= 0 ? tol : -tol);
    fb = f(b);
    if (!Number.isFinite(fb)) throw new ValuationError('ST2-NO-SOLUTION', `f is not finite at ${b}`, { at: b });
  }
  throw new ValuationError('ST2-NO-SOLUTION', `No convergence within ${maxIterations} iterations`, { lo, hi });
}

/** The secant (two points) or inverse quadratic (three) step from b as p / q, with p >= 0 (Numerical Recipes' zbrent). */
function interpolation(a: number, b: number, c: number, fa: number, fb: number, fc: number, m: number): { p: number; q: number } {
  const s = fb / fa;
  let p: number;
  let q: number;
  if (a === c) {
    p = 2 * m * s;
    q = 1 - s;
  } else {
    const r = fb / fc;
    const t = fa / fc;
    p = s * (2 * m * t * (t - r) - (b - a) * (r - 1));
    q = (t - 1) * (r - 1) * (s - 1);
  }
  return p > 0 ? { p, q: -q } : { p: -p, q };
}
