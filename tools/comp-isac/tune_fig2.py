"""Chooses the Fig. 2 layout of the CoMP letter (which never states its channel gains).

The letter's qualitative statements that the default scenario must reproduce (spec comp-isac.md, section 0):
  * at P_th = 9 dB only PPA meets every rate and detection constraint (EPA and RPA do not exist / fail),
  * the detection constraint binds for PPA near 9 dB,
  * a gap of several dB between PPA and EPA at high P_th (PPA at 15 dB ~ EPA at 19 dB).
The letter's set-up: L = 3, N = 100, P_FA = 1e-6, sigma_c^2 = 1 dB, sigma_s^2 = 15 dB, xi = 0.7, R_th = 1.

Geometry: hexagonal sites (cell radius r, spacing sqrt(3) r), user and target of cell i at given offsets from
B_i; rho_li = Gc * d^-alpha, g_li = Gs * d(B_l,T_i)^-alpha * d(T_i,B_i)^-alpha (d in metres, bounded at 1 m).
The optimum is found by multistart SLSQP on the simplex face sum P = P_th (the optimum lies there).
Run: python3 tune_fig2.py  (prints the metrics of the chosen layout).
"""
import numpy as np
from scipy.optimize import linprog, minimize

LAMBDA_MIN_07 = 39.788524972  # lambda_min(xi = 0.7), L = 3, P_FA = 1e-6 (spec section 2)
N = 100
SC, SS = 10 ** 0.1, 10 ** 1.5


def sites(r):
    s = np.sqrt(3) * r
    return np.array([[0, 0], [s * np.cos(np.pi / 6), s * np.sin(np.pi / 6)], [0, s]])


def gains(r, alpha, gc_db, gs_db, users, targets):
    b = sites(r)
    u = b + users
    t = b + targets
    d = lambda p, q: max(np.hypot(*(p - q)), 1.0)
    rho = np.array([[10 ** (gc_db / 10) * d(b[l], u[i]) ** -alpha for i in range(3)] for l in range(3)])
    g = np.array([[10 ** (gs_db / 10) * d(b[l], t[i]) ** -alpha * d(t[i], b[i]) ** -alpha for i in range(3)]
                  for l in range(3)])
    return rho, g


def constraints(rho, g, zc, zs):
    # A P <= b rows: rate (17) and detection (18)
    A, bb = [], []
    for i in range(3):
        row = [zc * rho[l, i] if l != i else -rho[i, i] for l in range(3)]
        A.append(row); bb.append(-zc * SC)
    for i in range(3):
        A.append([-g[l, i] for l in range(3)]); bb.append(-zs * SS)
    return np.array(A), np.array(bb)


def sumrate(p, rho):
    t = rho.T @ p + SC
    i = t - np.diag(rho) * p
    return np.sum(np.log2(t / i))


def solve(rho, g, pth, xi_lambda=LAMBDA_MIN_07, rth=1.0):
    zc, zs = 2 ** rth - 1, xi_lambda / (2 * N)
    A, b = constraints(rho, g, zc, zs)
    lp = linprog(np.ones(3), A_ub=A, b_ub=b, bounds=[(0, None)] * 3)
    minbudget = lp.fun if lp.status == 0 else np.inf
    epa = np.full(3, pth / 3)
    epa_ok = np.all(A @ epa <= b + 1e-9)
    best = None
    if minbudget <= pth:
        cons = [{'type': 'ineq', 'fun': lambda p: b - A @ p}, {'type': 'eq', 'fun': lambda p: np.sum(p) - pth}]
        rng = np.random.default_rng(0)
        for _ in range(30):
            x0 = rng.dirichlet(np.ones(3)) * pth
            r = minimize(lambda p: -sumrate(p, rho), x0, constraints=cons, bounds=[(0, pth)] * 3, method='SLSQP',
                         options={'ftol': 1e-12, 'maxiter': 500})
            if r.success and np.all(A @ r.x <= b + 1e-7) and (best is None or -r.fun > best[0]):
                best = (-r.fun, r.x)
    return minbudget, epa_ok, (sumrate(epa, rho) if epa_ok else np.nan), best


def report(r, alpha, gc, gs, users, targets):
    rho, g = gains(r, alpha, gc, gs, users, targets)
    print("rho =", np.array2string(rho, precision=4), "\ng =", np.array2string(g, precision=4))
    for db in [6, 7, 8, 9, 10, 11, 12, 13, 15, 17, 19, 21, 25, 30]:
        mb, epa_ok, epa_rate, best = solve(rho, g, 10 ** (db / 10))
        print(f"P_th {db:2d} dB: min budget {10*np.log10(mb):6.2f} dB, EPA feasible {epa_ok!s:5}, "
              f"EPA {epa_rate:6.3f}, OPT {best[0] if best else float('nan'):6.3f} {best[1] if best else ''}")


if __name__ == "__main__":
    # the layout of scenarios/comp-isac/fig2*.json: found by search(5000, 11) (candidate 1635), then G_s
    # lowered from 116.9 to 115.8 dB so that the detection constraint (not the rate constraints) sets the
    # minimum budget (8.82 dB at xi = 0.7): the letter's "PoD constraint binding near 9 dB"
    users = np.array([[72.0, -5.0], [58.0, 78.0], [86.0, 12.0]])
    targets = np.array([[-35.0, -38.0], [-54.0, -32.0], [41.0, -71.0]])
    report(100.0, 3.0, 57.0, 115.8, users, targets)


def search(trials=400, seed=1):
    """Random search over layouts for the letter's statements; prints the best candidates."""
    rng = np.random.default_rng(seed)
    found = []
    for k in range(trials):
        r, alpha = 100.0, 3.0
        def drop(lo):
            rad = 100 * np.sqrt(rng.uniform(lo, 1, (3, 1)))
            th = rng.uniform(0, 2 * np.pi, (3, 1))
            return np.round(np.hstack([rad * np.cos(th), rad * np.sin(th)]))
        users, targets = drop(0.3), drop(0.01)
        gc, gs = rng.uniform(30, 60), rng.uniform(95, 125)
        rho, g = gains(r, alpha, gc, gs, users, targets)
        mb, _, _, _ = solve(rho, g, 10 ** 0.9)
        if not (10 ** 0.8 < mb < 10 ** 0.9):
            continue
        _, epa9, _, _ = solve(rho, g, 10 ** 0.9)
        _, epa12, _, _ = solve(rho, g, 10 ** 1.2)
        if epa9 or not epa12:
            continue
        _, _, _, opt15 = solve(rho, g, 10 ** 1.5)
        _, e19, epa19, _ = solve(rho, g, 10 ** 1.9)
        _, e15, epa15, _ = solve(rho, g, 10 ** 1.5)
        if opt15 is None or not e19:
            continue
        gap = opt15[0] - epa15
        found.append((abs(opt15[0] - epa19), gap, gc, gs, users.tolist(), targets.tolist(), opt15[0]))
        print(f"cand {k}: |OPT15-EPA19| {abs(opt15[0]-epa19):.3f} gap15 {gap:.3f} OPT15 {opt15[0]:.2f} gc {gc:.1f} gs {gs:.1f} users {users.tolist()} targets {targets.tolist()}",
              flush=True)
    found.sort(key=lambda f: f[0] - 0.2 * f[1])
    for f in found[:3]:
        print(f)
