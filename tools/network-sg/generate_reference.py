#!/usr/bin/env python3
"""High-precision reference values for the stochastic-geometry analytics of the network ISAC model
(org.isac.workbench.sganalytics.internal; specification shared/specs/network-isac-sg.md).

Writes two CSV files into bundles/sganalytics/src/test/resources/ (the tests read them):

* fk-reference.csv       K,alpha,z,F,F_minus_1
      F_K(z) = 2F1(K, -delta; 1-delta; -z), delta = 2/alpha, from mpmath.hyp2f1 at 40 digits (the Gauss
      hypergeometric function itself, not the incomplete-Beta form N1 that the Java code uses).

* rate-reference.csv     quantity,variant,K,Lc,Delta,alpha,beta,cs,lambda,n,value_bits,reference_error_bits
      one row per case; 'reference_error_bits' is mpmath's own quadrature error estimate (absolute, bits).

Method: mpmath (tanh-sinh quadrature, mp.quad, interval splitting at the known transitions), at
WORK_DPS significant digits, with F_K evaluated by mpmath.hyp2f1. The formulas are those of the
specification written in their *original* variables, not the substitutions the Java code uses, so that
the two implementations share only the mathematics:

* Theorem 1, eq. (11): s on [0, inf), eta on [0, 1] with density 2(Lc-1) eta (1-eta^2)^(Lc-2) (Java: x = eta^2,
  s = e^u / t = s^-delta). Paper-literal kernel [1 + eta^-2 (F_K(s eta^alpha) - 1)]^-1 (spec, decision 1).
* Theorem 2, eq. (12) and the variants (12-gamma), (12-e), with G_L = Gamma(L+alpha/2)/(Gamma(1+alpha/2)Gamma(L+1)).
* Proposition 3 with 2beta = alpha, eq. (17); the hole integral in t = v/r on [0, 2] with arccos(t/2)
  (Java: t = 2 sin e). No-hole benchmark: (17) without the hole term.
* Proposition 3 for 2beta != alpha, eqs. (15)-(16) in physical units: r with the Rayleigh density
  2 pi lambda r exp(-pi lambda r^2), z unscaled, the hole integral over v in [0, 2r] (Java: a = pi lambda r^2,
  s = z r^alpha, Psi-average). No-hole: (16) without the hole term.
* Theorem 3, eq. (18): for 2beta = alpha the collapsed tau form of the specification; for 2beta != alpha the
  literal product form in z with E_r[.] and the f_R(R) integral in physical units.
* (H1) for 2beta = alpha: the tau form of the specification with the lens area A_cap in closed form
  (Java: tau = 2 sin eps, cancellation-free m, and y = 1/tau^2 beyond 2). This triple integral takes hours
  in mpmath, so it is computed in double precision with numpy (radar_numpy: composite Gauss-Legendre on
  geometrically graded panels, scipy hyp2f1, convergence checked by doubling the panels); the same numpy code
  reproduces the mpmath Proposition 3 and Theorem 3 values, which this script checks before writing.
* Lemma 2: K* = argmax_K K R_c(K, Lc=1, Delta = M_J - K + 1) with Theorem 1 (integer), and the real root of
  d/dK [K g_K(M_J - K + 1)] with the derivative under the integral (dF_K/dK by mpmath.diff), by mp.findroot.

Usage: python3 generate_reference.py [--only fk|rates] [--mpmath-h1] (the rates take about an hour on one
core).
"""
import argparse
import math
import os
import sys
import time

import mpmath as mp

WORK_DPS = 20          # the rate integrals; values are written with 16 significant digits
FK_DPS = 40
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'bundles', 'sganalytics', 'src', 'test', 'resources')
LN2 = None
MPMATH_H1 = False      # --mpmath-h1: (H1) with mpmath as well (hours per value)


def F(K, alpha, z):
    d = 2 / mp.mpf(alpha)
    return mp.hyp2f1(K, -d, 1 - d, -z)


def one_minus_pow(x, shape):
    """1 - (1 + x)^-shape without cancellation at mpmath precision."""
    return -mp.expm1(-shape * mp.log1p(x))


# ---------------------------------------------------------------------------------------------- F_K
def write_fk():
    mp.mp.dps = FK_DPS
    rows = []
    for K in ['0.3', '1', '2.5', '4', '16', '64']:
        for alpha in ['2.5', '3', '4', '6', '8']:
            for z in ['1e-12', '1e-6', '0.001', '0.01', '0.05', '0.2', '1', '3', '10', '100', '1e4', '1e8', '1e15',
                      '1e30']:
                Kf, zf = mp.mpf(K), mp.mpf(z)
                v = F(Kf, mp.mpf(alpha), zf)
                rows.append((K, alpha, z, mp.nstr(v, 20), mp.nstr(v - 1, 20)))
    path = os.path.join(OUT, 'fk-reference.csv')
    with open(path, 'w') as f:
        f.write('# F_K(z) = 2F1(K,-2/alpha;1-2/alpha;-z): mpmath %s hyp2f1 at %d digits, '
                'tools/network-sg/generate_reference.py\n' % (mp.__version__, FK_DPS))
        f.write('K,alpha,z,F,F_minus_1\n')
        for r in rows:
            f.write(','.join(r) + '\n')
    print('wrote', path, len(rows), 'rows')


# ---------------------------------------------------------------------------------------------- rates
def quad(f, pts, **kw):
    v, e = mp.quad(f, pts, error=True, **kw)
    return v, e


def tail_points(points, scale=1):
    """The break points of a half-line integral: the given ones plus scale*10^(2^k) up to 1e256 and inf, because
    tanh-sinh on a single [1, inf) interval resolves the algebraic s^(-1-delta) decay to only ~1e-9 at alpha = 6."""
    pts = {mp.mpf(p) for p in points if p != mp.inf}
    pts.update(scale * mp.mpf(10) ** (2 ** k) for k in range(9))
    return sorted(pts) + [mp.inf]


def theorem1(K, Lc, Delta, alpha, literal=False):
    K, Delta, alpha = mp.mpf(K), mp.mpf(Delta), mp.mpf(alpha)
    errs = [0]

    def kernel(s, eta):
        Fv = F(K, alpha, s * eta ** alpha)
        if literal:
            return 1 / (1 + (Fv - 1) / eta ** 2)
        return Fv ** (-Lc)

    def signal(s):
        return one_minus_pow(s, Delta) / s

    if Lc == 1:
        v, e = quad(lambda s: signal(s) * kernel(s, 1), tail_points([0, 1 / Delta, 1]))
        return v / LN2, e / LN2

    def inner(eta):
        # the kernel changes where s eta^alpha ~ 1
        brk = eta ** -alpha
        pts = [0, 1 / Delta, 1, brk, mp.inf] if brk > 1 else [0, 1 / Delta, 1, mp.inf]
        v, e = quad(lambda s: signal(s) * kernel(s, eta), tail_points(pts))
        density = 2 * (Lc - 1) * eta * (1 - eta ** 2) ** (Lc - 2)
        errs[0] = max(errs[0], e * density)
        return v * density

    v, e = quad(inner, [0, mp.mpf('0.1'), mp.mpf('0.5'), 1])
    return v / LN2, (e + errs[0]) / LN2   # outer error + the largest density-weighted inner error


def misr_gain(L, alpha):
    a = mp.mpf(alpha) / 2
    return mp.gamma(L + a) / (mp.gamma(1 + a) * mp.gamma(L + 1))


def theorem2(K, Lc, Delta, alpha, form):
    K, Delta, alpha = mp.mpf(K), mp.mpf(Delta), mp.mpf(alpha)
    G = misr_gain(Lc, alpha)
    if form == 'MEAN_SIGNAL':
        f = lambda z: -mp.expm1(-z * G * Delta) / (z * F(K, alpha, z))
        b = 1 / (G * Delta)
    elif form == 'GAMMA_SIGNAL':
        f = lambda z: one_minus_pow(z * G, Delta) / (z * F(K, alpha, z))
        b = 1 / G
    else:
        f = lambda z: -mp.expm1(-z * G * Delta / K) / (z * F(1, alpha, z))
        b = K / (G * Delta)
    v, e = quad(f, tail_points([0, b, 1]))
    return v / LN2, e / LN2


def hole_t(s, K, alpha, lower=0):
    """(2/pi) int_lower^2 arccos(t/2) [1-(1+s t^-alpha)^-K] t dt (the hole term of C_K, eq. (17))."""
    t0 = (K * s) ** (1 / alpha)
    pts = [lower, t0, 2] if lower < t0 < 2 else [lower, 2]
    return mp.quad(lambda t: mp.acos(t / 2) * one_minus_pow(s * t ** -alpha, K) * t, pts) * 2 / mp.pi


def proposition3_density_free(K, alpha, cs, hole=True):
    K, alpha, cs = mp.mpf(K), mp.mpf(alpha), mp.mpf(cs)
    d = 2 / alpha
    A = mp.gamma(1 - d) * mp.gamma(K + d) / mp.gamma(K)

    def f(s):
        C = s ** d * A
        if hole:
            C -= hole_t(s, K, alpha)
        return one_minus_pow(s * cs, K) / (s * (1 + C))

    v, e = quad(f, tail_points([0, 1 / cs, 1]))
    return v / LN2, e / LN2


class HoleInterpolant:
    """H(x) = int_0^2 arccos(t/2) [1 - (1 + e^x t^-alpha)^-K] t dt as piecewise Chebyshev fits (mp.chebyfit) in
    x = ln s on [-60, 60]: the hole term of (16) is 2 lambda r^2 H(ln(z r^-alpha)) (v = r t). Fitting once
    replaces a third nested quadrature; the fits' own error estimates are checked."""

    def __init__(self, K, alpha, degree=20, tolerance=1e-15):
        self.K, self.alpha = K, alpha
        self.lo, self.hi = -60, 60
        self.pieces = []          # (a, b, coefficients), sorted
        self.error = 0
        todo = [(mp.mpf(a), mp.mpf(a + 20)) for a in range(self.lo, self.hi, 20)]
        while todo:
            a, b = todo.pop(0)
            # ln H is smooth and slowly varying in x: fit it, so that the error is relative
            poly, err = mp.chebyfit(lambda x: mp.log(self.exact(x)), [a, b], degree, error=True)
            if err > tolerance and b - a > mp.mpf(1) / 8:
                todo[:0] = [(a, (a + b) / 2), ((a + b) / 2, b)]
                continue
            self.error = max(self.error, err)
            self.pieces.append((a, b, poly))
        assert self.error < mp.mpf(10) ** -13, 'hole interpolant error %s' % self.error

    def exact(self, x):
        s = mp.exp(x)
        t0 = (self.K * s) ** (1 / self.alpha)
        pts = [0, t0, 2] if t0 < 2 else [0, 2]
        return mp.quad(lambda t: mp.acos(t / 2) * one_minus_pow(s * t ** -self.alpha, self.K) * t, pts)

    def __call__(self, s):
        x = mp.log(s)
        if x <= self.lo or x >= self.hi:
            return self.exact(x)
        for a, b, poly in self.pieces:
            if a <= x <= b:
                return mp.exp(mp.polyval(poly, x))
        raise ValueError(x)


def proposition3_physical(K, alpha, beta, cs, lam, hole=True):
    """Eqs. (15)-(16) literally: r outer (Rayleigh), z inner (unscaled), the hole term 2 lambda r^2 H(z r^-alpha)
    with H fitted once (HoleInterpolant)."""
    K, alpha, beta, cs, lam = (mp.mpf(x) for x in (K, alpha, beta, cs, lam))
    d = 2 / alpha
    A = mp.gamma(1 - d) * mp.gamma(K + d) / mp.gamma(K)
    H = HoleInterpolant(K, alpha) if hole else None

    def conditional(r):
        def f(z):
            expo = -mp.pi * lam * z ** d * A
            if hole:
                expo += 2 * lam * r * r * H(z * r ** -alpha)
            return one_minus_pow(z * cs * r ** (-2 * beta), K) / z * mp.exp(expo)
        zs = r ** alpha   # the interference scale; the signal scale is r^(2 beta)/cs
        return mp.quad(f, tail_points([0, zs, r ** (2 * beta) / cs], zs))

    r0 = 1 / mp.sqrt(mp.pi * lam)
    v, e = quad(lambda r: conditional(r) * 2 * mp.pi * lam * r * mp.exp(-mp.pi * lam * r * r),
                [0, r0 / 4, r0, 3 * r0, mp.inf])
    return v / LN2, e / LN2


def theorem3_density_free(K, alpha, cs, n):
    K, alpha, cs = mp.mpf(K), mp.mpf(alpha), mp.mpf(cs)

    def inner(s):
        t0 = s ** (1 / alpha)
        pts = sorted({mp.mpf(0), t0, mp.mpf(1), mp.inf})
        return mp.quad(lambda t: 2 * n * t ** (2 * n - 1) / (1 + t * t * F(K, alpha, s * t ** -alpha)) ** (n + 1), pts)

    v, e = quad(lambda s: one_minus_pow(s * cs, K) / s * inner(s), tail_points([0, 1 / cs, 1]))
    return v / LN2, e / LN2


def theorem3_physical(K, alpha, beta, cs, lam, n):
    """Eq. (18) literally (hole ignored): product of E_r[...] and the f_R integral, z unscaled."""
    K, alpha, beta, cs, lam = (mp.mpf(x) for x in (K, alpha, beta, cs, lam))
    pl = mp.pi * lam
    r0 = 1 / mp.sqrt(pl)

    def signal(z):
        return mp.quad(lambda r: one_minus_pow(z * cs * r ** (-2 * beta), K) * 2 * pl * r * mp.exp(-pl * r * r),
                       sorted({mp.mpf(0), (z * cs) ** (1 / (2 * beta)), r0, 3 * r0, mp.inf}))

    def laplace(z):
        def f(R):
            fR = 2 * pl ** n * R ** (2 * n - 1) * mp.exp(-pl * R * R) / mp.gamma(n)
            return mp.exp(-pl * R * R * (F(K, alpha, z * R ** -alpha) - 1)) * fR
        return mp.quad(f, sorted({mp.mpf(0), z ** (1 / alpha), r0, 3 * r0, mp.inf}))

    v, e = quad(lambda z: signal(z) * laplace(z) / z, tail_points([0, r0 ** alpha, r0 ** (2 * beta) / cs], r0 ** alpha))
    return v / LN2, e / LN2


def lens(v):
    """A_cap(v; 1): area of the intersection of the disk of radius v about x1 and the unit hole disk."""
    if v >= 2:
        return mp.pi
    return v * v * mp.acos(v / 2) + mp.acos(1 - v * v / 2) - v / 2 * mp.sqrt(4 - v * v)


def h1_density_free(K, alpha, cs, n):
    K, alpha, cs = mp.mpf(K), mp.mpf(alpha), mp.mpf(cs)

    def m(t):
        return mp.pi * t * t - lens(t)

    def mprime(t):
        phi = 2 * mp.acos(t / 2) if t < 2 else 0
        return (2 * mp.pi - phi) * t

    def J(t, s):
        full = mp.pi * t * t * (F(K, alpha, s * t ** -alpha) - 1)
        if t >= 2:
            return full
        return full - mp.pi * hole_t(s, K, alpha, lower=t)

    def inner(s):
        t0 = s ** (1 / alpha)
        pts = sorted({mp.mpf(0), t0, mp.mpf(1), mp.mpf(2), mp.inf})

        def f(t):
            mm = m(t)
            return n * mp.pi * mprime(t) * mm ** (n - 1) / (mp.pi + mm + J(t, s)) ** (n + 1)
        return mp.quad(f, pts)

    v, e = quad(lambda s: one_minus_pow(s * cs, K) / s * inner(s), tail_points([0, 1 / cs, 1]))
    return v / LN2, e / LN2


# ---------------------------------------------------------------------------------------------- (H1), numpy
# The triple integral of (H1) is too slow in mpmath (hours per value), so it is done in double precision
# with numpy: composite 20-point Gauss-Legendre on panels graded geometrically towards every transition,
# F_K by scipy.special.hyp2f1 (checked against mpmath to 7e-16 on these arguments), and the panel count
# doubled to verify convergence (the difference is written as the reference error). Variables differ from
# the Java code: tau = 2(1 - w^2) on [0, 2] and tau = 2/w beyond, v with t = 2(1 - v^2) in the hole integral,
# s = e^u with the analytic tail g(S)/delta beyond S = e^60. The same code with the hole switched off gives
# Theorem 3 and with n = 0 Proposition 3, which are checked against their mpmath values above.
import numpy as np
from scipy.special import hyp2f1 as sc_hyp2f1

GL_X, GL_W = np.polynomial.legendre.leggauss(20)


def graded_panels(a, b, c, ratio, depth):
    """Panel edges on [a, b] refined geometrically towards c (c may be outside [a, b])."""
    edges = {a, b}
    c = min(max(c, a), b)
    if b > c:
        h = b - c
        for _ in range(depth):
            h *= ratio
            if c + h <= a or h < 1e-15 * max(1.0, abs(c)):
                break
            edges.add(c + h)
    if c > a:
        h = c - a
        for _ in range(depth):
            h *= ratio
            if c - h >= b or h < 1e-15 * max(1.0, abs(c)):
                break
            edges.add(c - h)
    edges.add(c)
    return np.array(sorted(edges))


def panel_nodes(edges, split=1):
    """Nodes and weights of the composite rule; each panel is cut into 'split' equal parts."""
    if split > 1:
        fine = [np.linspace(edges[i], edges[i + 1], split + 1)[:-1] for i in range(len(edges) - 1)]
        edges = np.append(np.concatenate(fine), edges[-1])
    a, b = edges[:-1, None], edges[1:, None]
    x = (0.5 * (a + b) + 0.5 * (b - a) * GL_X[None, :]).ravel()
    w = (0.5 * (b - a) * GL_W[None, :]).ravel()
    return x, w


def radar_numpy(K, alpha, cs, n, hole=True, split=1):
    d = 2.0 / alpha
    Fk = lambda z: sc_hyp2f1(K, -d, 1 - d, -z)
    beta_t = lambda t, s: -np.expm1(-K * np.log1p(s * t ** -alpha))
    A = math.exp(math.lgamma(1 - d) + math.lgamma(K + d) - math.lgamma(K))

    def hole_from(s, tau):
        """2 int_tau^2 arccos(t/2) beta(t) t dt for an array tau in [0, 2], t = 2(1 - v^2)."""
        t0 = (K * s) ** (1 / alpha)
        v0 = np.sqrt(1 - t0 / 2) if t0 < 2 else 0.0
        edges = graded_panels(0.0, 1.0, v0, 0.5, 60)
        x, w = panel_nodes(edges, split)
        t = 2 * (1 - x * x)
        f = 2 * np.arcsin(x / np.sqrt(2)) * beta_t(t, s) * t * 4 * x * 2 * w
        fine_edges = edges if split == 1 else np.append(np.concatenate(
            [np.linspace(edges[i], edges[i + 1], split + 1)[:-1] for i in range(len(edges) - 1)]), edges[-1])
        cum = np.concatenate([[0], np.cumsum(f.reshape(-1, 20).sum(axis=1))])   # integral up to each edge
        wt = np.sqrt(np.clip(1 - tau / 2, 0, 1))          # the v of tau
        j = np.clip(np.searchsorted(fine_edges, wt, side='right') - 1, 0, len(fine_edges) - 2)
        lo = fine_edges[j]
        xs = 0.5 * (lo[:, None] + wt[:, None]) + 0.5 * (wt[:, None] - lo[:, None]) * GL_X[None, :]
        ws = 0.5 * (wt[:, None] - lo[:, None]) * GL_W[None, :]
        ts = 2 * (1 - xs * xs)
        partial = (2 * np.arcsin(xs / np.sqrt(2)) * beta_t(ts, s) * ts * 4 * xs * 2 * ws).sum(axis=1)
        return cum[j] + partial

    def middle(s):
        tau0 = s ** (1 / alpha)
        # region A: tau in [0, 2], tau = 2(1 - w^2)
        wA0 = np.sqrt(1 - tau0 / 2) if tau0 < 2 else 0.0
        x, wq = panel_nodes(graded_panels(0.0, 1.0, wA0, 0.5, 60), split)
        tau = 2 * (1 - x * x)
        jac = 4 * x
        if hole:
            m = np.pi * tau ** 2 - (tau ** 2 * np.arccos(tau / 2) + 2 * np.arcsin(tau / 2)
                                    - tau / 2 * np.sqrt(np.clip(4 - tau ** 2, 0, None)))
            mp_ = (2 * np.pi - 2 * np.arccos(tau / 2)) * tau
            J = np.pi * tau ** 2 * (Fk(s * tau ** -alpha) - 1) - hole_from(s, tau)
        else:
            m = np.pi * tau ** 2
            mp_ = 2 * np.pi * tau
            J = np.pi * tau ** 2 * (Fk(s * tau ** -alpha) - 1)
        fA = n * np.pi * mp_ * m ** (n - 1) / (np.pi + m + J) ** (n + 1) * jac
        # region B: tau = 2/w, w in (0, 1]
        wB0 = 2 / tau0 if tau0 > 2 else 1.0
        y, wy = panel_nodes(graded_panels(0.0, 1.0, wB0, 0.5, 60), split)
        tb = 2 / y
        mB = np.pi * (tb ** 2 - 1) if hole else np.pi * tb ** 2
        JB = np.pi * tb ** 2 * (Fk(s * tb ** -alpha) - 1)
        fB = n * np.pi * 2 * np.pi * tb * mB ** (n - 1) / (np.pi + mB + JB) ** (n + 1) * 2 / y ** 2
        return (fA * wq).sum() + (fB * wy).sum()

    def g(s):
        phi = -np.expm1(-K * np.log1p(s * cs))
        if n == 0:
            C = A * s ** d - (hole_from(s, np.array([0.0]))[0] / np.pi if hole else 0.0)
            return phi / (1 + C)
        return phi * middle(s)

    lo_u = -46 - max(0.0, np.log(cs))
    edges = np.linspace(lo_u, 60.0, int(np.ceil(60.0 - lo_u)) + 1)     # panels of width <= 1 ending at 60
    u, wu = panel_nodes(edges, split)
    total = sum(g(np.exp(ui)) * wi for ui, wi in zip(u, wu))
    S = np.exp(60.0)
    total += g(S) / d + g(np.exp(lo_u))       # analytic tails: g ~ s^-delta above, g ~ s below
    return total / np.log(2)


def h1_numpy(K, alpha, cs, n):
    v1 = radar_numpy(K, alpha, cs, n, True, 1)
    v2 = radar_numpy(K, alpha, cs, n, True, 2)
    return v2, abs(v2 - v1)


def optimal_users_exact(M, alpha):
    best, bestv = None, None
    for K in range(1, M + 1):
        v, _ = theorem1(K, 1, M - K + 1, alpha)
        if bestv is None or K * v > bestv:
            best, bestv = K, K * v
    return best


def lemma2_root(MJ, alpha):
    alpha = mp.mpf(alpha)

    def deriv(K):
        x = MJ - K + 1

        def f(z):
            Fv = F(K, alpha, z)
            dF = mp.diff(lambda k: F(k, alpha, z), K)
            g = -mp.expm1(-z * x)
            return g / (z * Fv) - K * mp.exp(-z * x) / Fv - K * g * dF / (z * Fv * Fv)
        return mp.quad(f, tail_points([0, 1 / x, 1]))
    return mp.findroot(deriv, (mp.mpf(0.55) * MJ, mp.mpf(0.65) * MJ), solver='secant', tol=mp.mpf(10) ** -14)


CASES = [
    # quantity, variant, K, Lc, Delta, alpha, beta, cs, lambda, n
    ('theorem1', 'EXACT', 4, 1, 13, 4, 0, 0, 0, 0),
    ('theorem1', 'EXACT', 4, 2, 7, 4, 0, 0, 0, 0),
    ('theorem1', 'EXACT', 2, 3, 7, 4, 0, 0, 0, 0),
    ('theorem1', 'EXACT', 1, 4, 5, 3, 0, 0, 0, 0),
    ('theorem1', 'EXACT', 8, 2, 13, 3.5, 0, 0, 0, 0),
    ('theorem1', 'EXACT', 2, 2, 5, 6, 0, 0, 0, 0),
    ('theorem1', 'PAPER_LITERAL', 4, 2, 7, 4, 0, 0, 0, 0),
    ('theorem1', 'PAPER_LITERAL', 1, 4, 5, 3, 0, 0, 0, 0),
    ('theorem2', 'MEAN_SIGNAL', 4, 1, 13, 4, 0, 0, 0, 0),
    ('theorem2', 'MEAN_SIGNAL', 4, 2, 7, 4, 0, 0, 0, 0),
    ('theorem2', 'MEAN_SIGNAL', 1, 4, 5, 3, 0, 0, 0, 0),
    ('theorem2', 'GAMMA_SIGNAL', 4, 2, 7, 4, 0, 0, 0, 0),
    ('theorem2', 'GAMMA_SIGNAL', 8, 2, 13, 3.5, 0, 0, 0, 0),
    ('theorem2', 'EXPONENTIAL_INTERFERENCE', 4, 2, 7, 4, 0, 0, 0, 0),
    ('theorem2', 'EXPONENTIAL_INTERFERENCE', 1, 4, 5, 3, 0, 0, 0, 0),
    ('proposition3', 'HOLE', 4, 0, 0, 4, 2, 10, 1e-5, 0),
    ('proposition3', 'HOLE', 1, 0, 0, 4, 2, 1, 1e-5, 0),
    ('proposition3', 'HOLE', 8, 0, 0, 3, 1.5, 100, 1e-5, 0),
    ('proposition3', 'HOLE', 2, 0, 0, 6, 3, 10, 1e-5, 0),
    ('proposition3', 'NO_HOLE', 4, 0, 0, 4, 2, 10, 1e-5, 0),
    ('proposition3', 'NO_HOLE', 8, 0, 0, 3, 1.5, 100, 1e-5, 0),
    ('proposition3', 'HOLE', 4, 0, 0, 4, 1.5, 10, 1e-5, 0),
    ('proposition3', 'HOLE', 2, 0, 0, 4, 2.5, 10, 1e-4, 0),
    ('proposition3', 'NO_HOLE', 4, 0, 0, 4, 1.5, 10, 1e-5, 0),
    ('theorem3', 'NO_HOLE', 4, 0, 0, 4, 2, 10, 1e-5, 1),
    ('theorem3', 'NO_HOLE', 2, 0, 0, 4, 2, 10, 1e-5, 2),
    ('theorem3', 'NO_HOLE', 1, 0, 0, 3, 1.5, 100, 1e-5, 3),
    ('theorem3', 'NO_HOLE', 4, 0, 0, 4, 2.5, 10, 1e-5, 1),
    ('h1', 'HOLE', 4, 0, 0, 4, 2, 10, 1e-5, 1),
    ('h1', 'HOLE', 2, 0, 0, 4, 2, 10, 1e-5, 2),
    ('h1', 'HOLE', 1, 0, 0, 3, 1.5, 100, 1e-5, 1),
]


def compute(case):
    q, var, K, Lc, D, alpha, beta, cs, lam, n = case
    if q == 'theorem1':
        return theorem1(K, Lc, D, alpha, literal=(var == 'PAPER_LITERAL'))
    if q == 'theorem2':
        return theorem2(K, Lc, D, alpha, var)
    hole = var == 'HOLE'
    if q == 'proposition3':
        if 2 * beta == alpha:
            return proposition3_density_free(K, alpha, cs, hole)
        return proposition3_physical(K, alpha, beta, cs, lam, hole)
    if q == 'theorem3':
        if 2 * beta == alpha:
            return theorem3_density_free(K, alpha, cs, n)
        return theorem3_physical(K, alpha, beta, cs, lam, n)
    if q == 'h1':
        return h1_density_free(K, alpha, cs, n) if MPMATH_H1 else h1_numpy(K, alpha, cs, n)
    raise ValueError(q)


def write_rates(only_cases=None):
    global LN2
    mp.mp.dps = WORK_DPS
    LN2 = mp.log(2)
    path = os.path.join(OUT, 'rate-reference.csv')
    lines = ['# rates in bit/s/Hz: mpmath %s tanh-sinh quadrature at %d digits, hyp2f1 for F_K; '
             'tools/network-sg/generate_reference.py\n' % (mp.__version__, WORK_DPS),
             'quantity,variant,K,Lc,Delta,alpha,beta,cs,lambda,n,value_bits,reference_error_bits\n']
    done = {}
    if os.path.exists(path + '.partial'):  # resume an interrupted run
        for line in open(path + '.partial'):
            if line[0].isalpha() and not line.startswith('quantity,'):
                fields = line.rstrip('\n').split(',')
                done[','.join(fields[:10])] = line
    # one case of every quantity first, so that an interrupted run still covers them all
    order = sorted(range(len(CASES)), key=lambda i: sum(c[0] == CASES[i][0] for c in CASES[:i]))
    for case in (CASES[i] for i in order):
        key = ','.join(str(x) for x in case)
        if key in done:
            lines.append(done[key])
            continue
        t = time.time()
        v, e = compute(case)
        print(case, mp.nstr(v, 17), mp.nstr(e, 3), '%.0f s' % (time.time() - t), flush=True)
        q, var, K, Lc, D, alpha, beta, cs, lam, n = case
        if q in ('proposition3', 'theorem3') and 2 * beta == alpha:
            # the numpy machinery used for (H1) must reproduce the mpmath values
            other = radar_numpy(K, alpha, cs, n, hole=(var == 'HOLE'), split=2)
            print('   numpy cross-check: %.16g (relative difference %.1e)' % (other, abs(other / v - 1)), flush=True)
            assert abs(other / v - 1) < 1e-10, 'numpy and mpmath disagree'
        lines.append(','.join(str(x) for x in case) + ',' + mp.nstr(v, 17) + ',' + mp.nstr(e, 3) + '\n')
        write_lines(path + '.partial', lines)  # an interrupted run keeps what it computed
    for M in (8, 16, 32):
        t = time.time()
        k = optimal_users_exact(M, 4)
        root = lemma2_root(M, 4)
        print('K* M=%d exact=%d root=%s (%.0f s)' % (M, k, mp.nstr(root, 12), time.time() - t), flush=True)
        lines.append('optimal_users_exact,EXACT,0,1,%d,4,0,0,0,0,%d,0\n' % (M, k))
        lines.append('lemma2_root,BISECTION,0,1,%d,4,0,0,0,0,%s,1e-9\n' % (M, mp.nstr(root, 15)))
    write_lines(path, lines)
    os.remove(path + '.partial')
    print('wrote', path)


def write_lines(path, lines):
    with open(path, 'w') as f:
        f.writelines(lines)


if __name__ == '__main__':
    ap = argparse.ArgumentParser()
    ap.add_argument('--only', choices=['fk', 'rates'])
    ap.add_argument('--mpmath-h1', action='store_true', help='(H1) by nested mpmath quadrature instead of numpy')
    args = ap.parse_args()
    MPMATH_H1 = args.mpmath_h1
    os.makedirs(OUT, exist_ok=True)
    if args.only in (None, 'fk'):
        write_fk()
    if args.only in (None, 'rates'):
        write_rates()
    sys.exit(0)
