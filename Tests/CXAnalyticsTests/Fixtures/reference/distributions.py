"""Reference values for NormalDistribution and StudentTDistribution.

Run: python3 distributions.py   (numpy/scipy; the output is kept in distributions.out.txt
and the numbers are copied into NormalDistributionTests / StudentTDistributionTests).
"""
import scipy
from scipy import stats

print(f"# scipy {scipy.__version__}")
for p in [1e-300, 1e-20, 1e-10, 0.001, 0.02, 0.3, 0.5, 0.6, 0.9, 0.975, 0.999999]:
    print(f"norm.ppf({p!r}) = {float(stats.norm.ppf(p))!r}")
for z in [-8.0, -3.0, -1.0, 0.5, 1.959963984540054, 2.5]:
    print(f"norm.cdf({z!r}) = {float(stats.norm.cdf(z))!r}")
for z in [0.3, 1.96, 4.0]:
    print(f"two-sided p(z={z!r}) = {float(2 * stats.norm.sf(abs(z)))!r}")
for df, t in [(3, 1.2), (7.5, -2.1), (30, 0.4), (200, 1.97), (45.3, 3.3), (1e5, 2.0), (2.5, 12.0)]:
    print(f"t.cdf({t!r}, df={df!r}) = {float(stats.t.cdf(t, df))!r}")
for df, p in [(4, 0.975), (12.7, 0.95), (100, 0.995), (1, 0.9)]:
    print(f"t.ppf({p!r}, df={df!r}) = {float(stats.t.ppf(p, df))!r}")
