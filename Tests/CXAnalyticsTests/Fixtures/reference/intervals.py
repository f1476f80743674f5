"""Reference values for ProportionInterval (Wilson) and NPSInterval (adjusted Wald, SE).

Wilson: statsmodels' proportion_confint(method="wilson"), an independent implementation.
NPS: the adjusted-Wald formula of Rocks (2016) / Sauro & Lewis written out with exact
fractions up to the square root, so the only rounding is in sqrt and z.
Run: python3 intervals.py   (output kept in intervals.out.txt)
"""
from fractions import Fraction as F
import math
import statsmodels
from scipy import stats
from statsmodels.stats.proportion import proportion_confint

print(f"# statsmodels {statsmodels.__version__}")
# Newcombe (1998) examples and a weighted, non-integer case (successes 37.4 of n_eff 91.2).
for x, n, level in [(81, 263, 0.95), (15, 148, 0.95), (0, 20, 0.95), (1, 29, 0.95),
                    (37.4, 91.2, 0.95), (37.4, 91.2, 0.90), (5, 7, 0.99)]:
    lo, hi = proportion_confint(x, n, alpha=1 - level, method="wilson")
    print(f"wilson(x={x}, n={n}, level={level}) = [{100 * lo!r}, {100 * hi!r}]")

def adjusted_wald(P, D, n, level):
    n_adj = F(n) + 3
    p = (F(P) + F(3, 4)) / n_adj
    d = (F(D) + F(3, 4)) / n_adj
    var = (p + d - (p - d) ** 2) / n_adj
    z = float(stats.norm.ppf(1 - (1 - level) / 2))
    se = math.sqrt(var)
    return float(p - d), se, 100 * (float(p - d) - z * se), 100 * (float(p - d) + z * se)

for P, D, n, level in [(45, 20, 100, 0.95), (7, 2, 12, 0.90), (150, 90, 400, 0.99)]:
    nps_adj, se, lo, hi = adjusted_wald(P, D, n, level)
    print(f"adjustedWald(P={P}, D={D}, n={n}, level={level}): NPS_adj={nps_adj!r} SE_adj={se!r} CI=[{lo!r}, {hi!r}]")

for P, D, n in [(45, 20, 100), (150, 90, 400)]:
    p, d = F(P, n), F(D, n)
    print(f"SE(P={P}, D={D}, n={n}) = {100 * math.sqrt((p + d - (p - d) ** 2) / n)!r}")
