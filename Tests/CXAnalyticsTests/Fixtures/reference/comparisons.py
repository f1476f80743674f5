"""Reference values for Comparison (Welch t, pooled two-proportion z, NPS difference z).

Welch: scipy.stats.ttest_ind_from_stats(equal_var=False), which reports (mean1 − mean2);
our difference is (to − from), so the sign of t flips. Welch–Satterthwaite df by hand.
Two proportions: statsmodels proportions_ztest (pooled), which reports (p1 − p2).
NPS: z = ΔNPS / √(SE₁² + SE₂²) by hand, p from scipy.stats.norm.
Run: python3 comparisons.py   (output kept in comparisons.out.txt)
"""
import math
import scipy
import statsmodels
from scipy import stats
from statsmodels.stats.proportion import proportions_ztest

print(f"# scipy {scipy.__version__}, statsmodels {statsmodels.__version__}")
# (from: mean, sd, n), (to: mean, sd, n)
for (m1, s1, n1), (m2, s2, n2) in [((5.1, 1.3, 212), (5.4, 1.1, 198)),
                                   ((4.2, 2.0, 12), (5.9, 0.7, 9)),
                                   ((3.0, 1.0, 5000), (3.02, 1.1, 4000))]:
    r = stats.ttest_ind_from_stats(m1, s1, n1, m2, s2, n2, equal_var=False)
    a, b = s1 * s1 / n1, s2 * s2 / n2
    df = (a + b) ** 2 / (a * a / (n1 - 1) + b * b / (n2 - 1))
    print(f"welch(from=({m1}, {s1}, {n1}), to=({m2}, {s2}, {n2})): t={-float(r.statistic)!r} "
          f"df={df!r} p={float(r.pvalue)!r} se={math.sqrt(a + b)!r}")

for (x1, n1), (x2, n2) in [((150, 250), (180, 260)), ((40, 100), (38, 90)), ((9, 10), (3, 12))]:
    z, p = proportions_ztest([x1, x2], [n1, n2])
    pool = (x1 + x2) / (n1 + n2)
    se = math.sqrt(pool * (1 - pool) * (1 / n1 + 1 / n2))
    print(f"twoProportions(from={x1}/{n1}, to={x2}/{n2}): z={-float(z)!r} p={float(p)!r} se%={100 * se!r}")

def nps_se(P, D, n):
    p, d = P / n, D / n
    return 100 * math.sqrt((p + d - (p - d) ** 2) / n)

for (P1, D1, n1), (P2, D2, n2) in [((45, 20, 100), (60, 15, 120)), ((300, 120, 700), (310, 118, 720))]:
    delta = 100 * (P2 / n2 - D2 / n2) - 100 * (P1 / n1 - D1 / n1)
    se = math.sqrt(nps_se(P1, D1, n1) ** 2 + nps_se(P2, D2, n2) ** 2)
    z = delta / se
    print(f"nps(from=({P1}, {D1}, {n1}), to=({P2}, {D2}, {n2})): delta={delta!r} se={se!r} z={z!r} "
          f"p={float(2 * stats.norm.sf(abs(z)))!r}")

# t interval for one mean (MeanSummary.confidenceInterval): x̄ ± t_{n−1}·s/√n.
for m, s, n, level in [(5.4, 1.1, 198, 0.95), (-0.35, 0.9, 14, 0.90)]:
    lo, hi = stats.t.interval(level, n - 1, loc=m, scale=s / math.sqrt(n))
    print(f"meanInterval(mean={m}, sd={s}, n={n}, level={level}) = [{float(lo)!r}, {float(hi)!r}]")
