"""Independent reference for ResponseAnalysis (pandas, statsmodels, scipy, numpy).

Input: responses-2000.csv beside this script (written once by
`cxreport sample --responses 2000 --seed 2024`; kept here so the reference never moves).
Run:   python3 response_measures.py > response_measures.out.txt
The printed numbers are the expected values in ResponseAnalysisTests.swift.
"""
import os
import numpy as np
import pandas as pd
from scipy import stats
from statsmodels.stats.proportion import proportion_confint, proportions_ztest

here = os.path.dirname(os.path.abspath(__file__))
df = pd.read_csv(os.path.join(here, "responses-2000.csv"), na_values=["", "NA", "N/A", "Don't know"], keep_default_na=False)
df["quarter"] = pd.PeriodIndex(pd.to_datetime(df["submitted_at"]), freq="Q").astype(str)
Z = stats.norm.ppf(0.975)

def nps_parts(s):
    s = s.dropna()
    n = len(s); p = (s >= 9).sum() / n; d = (s <= 6).sum() / n
    return n, p, d

def nps(s):
    n, p, d = nps_parts(s)
    pa = ((s >= 9).sum() + 0.75) / (n + 3); da = ((s <= 6).sum() + 0.75) / (n + 3)
    se_a = np.sqrt((pa + da - (pa - da) ** 2) / (n + 3))
    return 100 * (p - d), 100 * (pa - da - Z * se_a), 100 * (pa - da + Z * se_a), n

def nps_se(s):
    n, p, d = nps_parts(s)
    return 100 * np.sqrt((p + d - (p - d) ** 2) / n)

def csat(s):
    s = s.dropna(); k = (s >= 4).sum(); n = len(s)
    lo, hi = proportion_confint(k, n, alpha=0.05, method="wilson")
    return 100 * k / n, 100 * lo, 100 * hi, n

def ces(s):
    s = s.dropna(); n = len(s); m = s.mean(); sd = s.std(ddof=1)
    half = stats.t.ppf(0.975, n - 1) * sd / np.sqrt(n)
    agree = (s >= 5).mean() * 100
    return m, m - half, m + half, agree, n

r = df["likelihood_to_recommend"]
print("overall nps score=%.10f low=%.10f high=%.10f n=%d" % nps(r))
print("overall csat score=%.10f low=%.10f high=%.10f n=%d" % csat(df["satisfaction"]))
print("overall ces mean=%.10f low=%.10f high=%.10f agree=%.10f n=%d" % ces(df["effort"]))

q3 = df[df.quarter == "2025Q3"]; q4 = df[df.quarter == "2025Q4"]
d_nps = nps(q4.likelihood_to_recommend)[0] - nps(q3.likelihood_to_recommend)[0]
se = np.sqrt(nps_se(q3.likelihood_to_recommend) ** 2 + nps_se(q4.likelihood_to_recommend) ** 2)
print("change nps Q3->Q4 diff=%.10f z=%.10f p=%.10f" % (d_nps, d_nps / se, 2 * stats.norm.sf(abs(d_nps / se))))
c3 = q3.satisfaction.dropna(); c4 = q4.satisfaction.dropna()
zstat, pval = proportions_ztest([(c4 >= 4).sum(), (c3 >= 4).sum()], [len(c4), len(c3)])
print("change csat Q3->Q4 diff=%.10f z=%.10f p=%.10f" % (100 * ((c4 >= 4).mean() - (c3 >= 4).mean()), zstat, pval))
e3 = q3.effort.dropna(); e4 = q4.effort.dropna()
t = stats.ttest_ind(e4, e3, equal_var=False)
print("change ces Q3->Q4 diff=%.10f t=%.10f p=%.10f" % (e4.mean() - e3.mean(), t.statistic, t.pvalue))

north = df[df.region == "North"].likelihood_to_recommend; rest = df[df.region != "North"].likelihood_to_recommend
d = nps(north)[0] - nps(rest)[0]
se = np.sqrt(nps_se(north) ** 2 + nps_se(rest) ** 2)
print("north vs rest nps diff=%.10f z=%.10f p=%.10f" % (d, d / se, 2 * stats.norm.sf(abs(d / se))))

drivers = ["product_quality", "delivery", "support", "price", "website"]
complete = df[drivers + ["likelihood_to_recommend"]].dropna()
R = np.corrcoef(complete.to_numpy(dtype=float), rowvar=False)
rxx = R[:5, :5]; rxy = R[:5, 5]
values, vectors = np.linalg.eigh(rxx)
half = vectors @ np.diag(np.sqrt(values)) @ vectors.T
beta = np.linalg.solve(half, rxy)
raw = (half ** 2) @ (beta ** 2)
X = (complete[drivers] - complete[drivers].mean()) / complete[drivers].std()
y = (complete.likelihood_to_recommend - complete.likelihood_to_recommend.mean()) / complete.likelihood_to_recommend.std()
coef, *_ = np.linalg.lstsq(np.c_[X.to_numpy()], y.to_numpy(), rcond=None)
r2 = 1 - ((y - X.to_numpy() @ coef) ** 2).sum() / (y ** 2).sum()
print("drivers n=%d r2_weights=%.10f r2_lstsq=%.10f" % (len(complete), raw.sum(), r2))
for name, w, c, m in zip(drivers, raw, rxy, complete[drivers].mean()):
    print("driver %s raw=%.10f rescaled=%.10f r=%.10f mean=%.10f" % (name, w, 100 * w / raw.sum(), c, m))
