"""Reference values for MomentAccumulator and CoMomentMatrix, computed with numpy on the
mtcars fixture (../mtcars.csv). Weights wᵢ = 1 + 0.5·(i mod 3) for row i (0-based).
Run: python3 moments.py   (output kept in moments.out.txt)
"""
import csv
import os
import numpy as np

np.set_printoptions(legacy="1.25")  # print plain floats, not np.float64(...)

here = os.path.dirname(os.path.abspath(__file__))
rows = list(csv.DictReader(open(os.path.join(here, "..", "mtcars.csv"))))
cols = ["mpg", "cyl", "disp", "hp", "gear"]
X = np.array([[float(r[c]) for c in cols] for r in rows])
w = np.array([1 + 0.5 * (i % 3) for i in range(len(rows))])

print(f"# numpy {np.__version__}; columns {cols}")
mpg = X[:, 0]
print(f"mpg: mean={mpg.mean()!r} var(ddof=1)={mpg.var(ddof=1)!r}")
wmean = np.average(mpg, weights=w)
print(f"mpg weighted: mean={wmean!r} cov(aweights)={float(np.cov(mpg, aweights=w))!r} "
      f"n_eff={w.sum() ** 2 / (w ** 2).sum()!r}")
R = np.corrcoef(X.T)
print("corrcoef upper triangle (i, j, r):")
for i in range(5):
    for j in range(i + 1, 5):
        print(f"  ({i}, {j}, {R[i, j]!r}),")
Rw = np.cov(X.T, aweights=w)
print("weighted cov(aweights) (i, j, c):")
for i, j in [(0, 0), (0, 3), (2, 3), (4, 4)]:
    print(f"  ({i}, {j}, {Rw[i, j]!r}),")
