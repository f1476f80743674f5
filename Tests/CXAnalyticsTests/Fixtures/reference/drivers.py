"""Reference Johnson relative weights for the drivers fixture (../drivers.csv), computed with
numpy independently of the Swift code:

  1. Rxx, rxy from numpy.corrcoef;
  2. Johnson (2000) via numpy.linalg.eigh: Λ½ = V diag(√λ) Vᵀ, β = solve(Λ½, rxy),
     ε = (Λ½)² β², rescaled = 100 ε / Σε;
  3. R² independently by least squares (numpy.linalg.lstsq) on standardized data, to show
     that the weights sum to R².

`python3 drivers.py --generate` rewrote drivers.csv once (numpy default_rng(20240611), 400
respondents rating 5 drivers and likelihood-to-recommend on 0–10, ~4% blanks); without the
flag the script only reads it. Output is kept in drivers.out.txt.
"""
import csv
import os
import sys
import numpy as np

np.set_printoptions(legacy="1.25")
here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, "..", "drivers.csv")
names = ["ease", "speed", "staff", "price", "app"]

if "--generate" in sys.argv:
    rng = np.random.default_rng(20240611)
    n = 400
    latent = rng.normal(size=n)
    loadings = [0.8, 0.6, 0.7, 0.3, 0.5]
    X = np.column_stack([l * latent + rng.normal(scale=0.8, size=n) for l in loadings])
    y = 0.5 * X[:, 0] + 0.3 * X[:, 1] + 0.4 * X[:, 2] + 0.1 * X[:, 3] + rng.normal(size=n)
    to_scale = lambda v: np.clip(np.rint(6 + 1.5 * (v - v.mean()) / v.std()), 0, 10).astype(int)
    table = np.column_stack([to_scale(X[:, j]) for j in range(5)] + [to_scale(y)]).astype(object)
    table[rng.random(table.shape) < 0.04] = ""
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(names + ["ltr"])
        w.writerows(table.tolist())

rows = list(csv.reader(open(path)))[1:]
complete = np.array([[float(c) for c in r] for r in rows if all(c != "" for c in r)])
print(f"# numpy {np.__version__}; {len(rows)} rows, {len(complete)} complete (listwise)")
R = np.corrcoef(complete.T)
Rxx, rxy = R[:5, :5], R[:5, 5]
lam, V = np.linalg.eigh(Rxx)
half = V @ np.diag(np.sqrt(lam)) @ V.T
beta = np.linalg.solve(half, rxy)
raw = (half ** 2) @ (beta ** 2)
Z = (complete - complete.mean(0)) / complete.std(0)
coef, *_ = np.linalg.lstsq(Z[:, :5], Z[:, 5], rcond=None)
resid = Z[:, 5] - Z[:, :5] @ coef
r2 = 1 - (resid @ resid) / (Z[:, 5] @ Z[:, 5])
print(f"eigenvalues (descending) = {sorted(lam.tolist(), reverse=True)!r}")
print(f"rxy = {rxy.tolist()!r}")
print(f"raw weights = {raw.tolist()!r}")
print(f"rescaled = {(100 * raw / raw.sum()).tolist()!r}")
print(f"sum of raw weights = {raw.sum()!r}")
print(f"R^2 by lstsq on standardized data = {r2!r}")
