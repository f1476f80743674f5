"""Independent reference for the response-level and customer-level analytics of issue 5
(outcome, expectation and sacrifice gaps, journey, CRM link, follow-up list), computed with
pandas, scipy and statsmodels from the three CSV files under content/data/.

Input: `cxreport sample --responses 300 --seed 7 --out content/data` (written once and kept
here so the reference never moves); cxreport.yml maps it like the sample project.
Run:   python3 reference.py > reference.out.txt
The printed numbers are the expected values in LinkedAnalyticsTests.swift.
Rules restated independently of the Swift code:
- a customer's rating is their latest response (by date, then file line) that answered 0–10;
- peak = valence farthest from 0, ties at equal distance go to the negative value;
  end = last event by date, ties to the later file line;
- negative = valence < 0 (the midpoint of −3…3); impact = share negative × distinct customers;
- repeat purchase = a transaction dated after the day of the customer's latest rated response;
- follow-up = scores ≤ 6, ordered by score, then date descending, then line; with
  transactions, first by the customer's revenue (all transactions) descending.
"""
import csv
import os
import numpy as np
import pandas as pd
from scipy import stats
from statsmodels.stats.proportion import proportion_confint, proportions_ztest

here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, "content", "data")


def read_with_lines(name, **kw):
    """pandas frame plus the line each record starts on (quoted line breaks included)."""
    path = os.path.join(data, name)
    starts, previous = [], 0
    reader = csv.reader(open(path, newline=""))
    for _ in reader:
        starts.append(previous + 1)
        previous = reader.line_num
    frame = pd.read_csv(path, keep_default_na=False, **kw)
    frame["line"] = starts[1:]
    return frame


def t_interval(values):
    values = np.asarray(values, dtype=float)
    n = len(values)
    m = values.mean()
    low, high = stats.t.interval(0.95, n - 1, loc=m, scale=stats.sem(values))
    return m, low, high, n


def wilson(k, n):
    low, high = proportion_confint(k, n, alpha=0.05, method="wilson")
    return 100 * k / n, 100 * low, 100 * high


r = read_with_lines("responses.csv", na_values=["", "NA", "N/A", "Don't know"])
r["date"] = pd.to_datetime(r["submitted_at"])

# 1. Outcome
o = r["satisfied"].dropna()
print("outcome share=%.10f low=%.10f high=%.10f n=%d" % (*wilson((o == "yes").sum(), len(o)), len(o)))
r["quarter"] = r["date"].dt.to_period("Q").astype(str)
q3 = r[r.quarter == "2025Q3"]["satisfied"].dropna(); q4 = r[r.quarter == "2025Q4"]["satisfied"].dropna()
z, p = proportions_ztest([(q4 == "yes").sum(), (q3 == "yes").sum()], [len(q4), len(q3)])
print("outcome change Q3->Q4 diff=%.10f z=%.10f p=%.10f" % (100 * ((q4 == "yes").mean() - (q3 == "yes").mean()), z, p))

# 2. Expectation gaps, overall and for region North
for label, frame in [("overall", r), ("North", r[r.region == "North"])]:
    for dim in ["reliability", "responsiveness", "empathy"]:
        both = frame[["exp_" + dim, "perc_" + dim]].dropna()
        m, low, high, n = t_interval(both["perc_" + dim] - both["exp_" + dim])
        print("gap %s %s n=%d expected=%.10f perceived=%.10f gap=%.10f low=%.10f high=%.10f"
              % (label, dim, n, both["exp_" + dim].mean(), both["perc_" + dim].mean(), m, low, high))

# 3. Sacrifice
both = r[["wanted_delivery_days", "received_delivery_days"]].dropna()
d = both.wanted_delivery_days - both.received_delivery_days
m, low, high, n = t_interval(d)
share, slow, shigh = wilson((d != 0).sum(), len(d))
print("sacrifice n=%d wanted=%.10f received=%.10f gap=%.10f low=%.10f high=%.10f differing=%.10f dlow=%.10f dhigh=%.10f"
      % (n, both.wanted_delivery_days.mean(), both.received_delivery_days.mean(), m, low, high, share, slow, shigh))

# 4. Journey
t = read_with_lines("touchpoints.csv")
t["at"] = pd.to_datetime(t["at"])
def group_line(label, g):
    m, low, high, n = t_interval(g.valence)
    neg, nlow, nhigh = wilson((g.valence < 0).sum(), n)
    mix = sorted(g.emotion.value_counts().items(), key=lambda kv: (-kv[1], kv[0]))
    print("journey %s n=%d customers=%d mean=%.10f low=%.10f high=%.10f negative=%.10f nlow=%.10f nhigh=%.10f mix=%s"
          % (label, n, g.customer_id.nunique(), m, low, high, neg, nlow, nhigh,
             ",".join("%s:%d" % kv for kv in mix)))
for stage in ["before", "during", "after"]:
    group_line(stage, t[t.stage == stage])
impacts = []
for (stage, tp), g in t.groupby(["stage", "touchpoint"]):
    group_line("%s/%s" % (stage, tp), g)
    impacts.append(((g.valence < 0).mean() * g.customer_id.nunique(), stage, tp))
order = {"before": 0, "during": 1, "after": 2}
impacts.sort(key=lambda x: (-x[0], order[x[1]], x[2]))
print("moments of truth " + "; ".join("%s/%s=%.10f" % (s, tp, v) for v, s, tp in impacts if v > 0))

rated = r.dropna(subset=["likelihood_to_recommend"]).sort_values(["date", "line"])
latest = rated.groupby("customer_id").tail(1).set_index("customer_id")["likelihood_to_recommend"]
rows = []
for customer, g in t.sort_values(["at", "line"]).groupby("customer_id"):
    v = g.valence.to_numpy(dtype=float)
    peak = sorted(v, key=lambda x: (-abs(x), x))[0]
    end = v[-1]
    rows.append((customer, (peak + end) / 2, v.mean(), peak, end))
per = pd.DataFrame(rows, columns=["customer", "peak_end", "average", "peak", "end"]).set_index("customer")
joined = per.join(latest, how="inner")
print("peak-end n=%d " % len(joined) + " ".join(
    "%s=%.10f" % (name, stats.pearsonr(joined[name], joined.likelihood_to_recommend)[0])
    for name in ["peak_end", "average", "peak", "end"]))
# Williams' t for r(peak_end, rating) - r(average, rating), which share the rating
# (Steiger 1980, Psychological Bulletin 87, eq. 7), on n - 3 degrees of freedom.
n = len(joined)
rjk = stats.pearsonr(joined.peak_end, joined.likelihood_to_recommend)[0]
rjh = stats.pearsonr(joined.average, joined.likelihood_to_recommend)[0]
rkh = stats.pearsonr(joined.peak_end, joined.average)[0]
det = 1 - rjk ** 2 - rjh ** 2 - rkh ** 2 + 2 * rjk * rjh * rkh
rbar = (rjk + rjh) / 2
williams = (rjk - rjh) * np.sqrt((n - 1) * (1 + rkh) / (2 * (n - 1) / (n - 3) * det + rbar ** 2 * (1 - rkh) ** 3))
print("peak-end williams r_kh=%.10f t=%.10f df=%d p=%.10f" % (rkh, williams, n - 3, 2 * stats.t.sf(abs(williams), n - 3)))

# 5. CRM (all transactions; customers without purchases count with revenue 0). Repeat
# purchase = at least one transaction dated after the day of the customer's latest rated
# response (every response and transaction in this fixture is dated).
x = pd.read_csv(os.path.join(data, "transactions.csv"))
matched = x[x.customer_id.isin(latest.index)]
per_customer = matched.groupby("customer_id").amount.agg(["sum", "count"]).reindex(latest.index, fill_value=0)
per_customer["group"] = pd.cut(latest, [-1, 6, 8, 10], labels=["detractor", "passive", "promoter"])
answered = rated.groupby("customer_id").tail(1).set_index("customer_id")["date"]
after = matched[pd.to_datetime(matched.order_date) > matched.customer_id.map(answered)]
per_customer["after"] = after.groupby("customer_id").size().reindex(latest.index, fill_value=0)
for group in ["promoter", "passive", "detractor"]:
    g = per_customer[per_customer.group == group]
    m, low, high, n = t_interval(g["sum"])
    rate, rlow, rhigh = wilson((g["after"] >= 1).sum(), n)
    print("crm %s customers=%d buyers=%d revenue=%.10f mean=%.10f low=%.10f high=%.10f repeat=%.10f rlow=%.10f rhigh=%.10f"
          % (group, n, (g["count"] >= 1).sum(), g["sum"].sum(), m, low, high, rate, rlow, rhigh))
print("crm unmatched=%d unmatched_revenue=%.10f" % (len(x) - len(matched), x.amount.sum() - matched.amount.sum()))

# 6. Follow-up
low_scores = r[r.likelihood_to_recommend <= 6].sort_values(["line"]).sort_values(
    ["likelihood_to_recommend", "date"], ascending=[True, False], kind="stable")
print("follow-up count=%d first=%s" % (len(low_scores), ",".join(
    "%d:%s:%d" % (row.line, row.customer_id, row.likelihood_to_recommend) for row in low_scores.head(6).itertuples())))
# With transactions: the customer's revenue first (most first), then the order above.
low_scores["value"] = low_scores.customer_id.map(per_customer["sum"]).fillna(0)
by_value = low_scores.sort_values(["value"], ascending=[False], kind="stable")
print("follow-up by value first=%s" % ",".join(
    "%d:%s:%d:%.2f" % (row.line, row.customer_id, row.likelihood_to_recommend, row.value) for row in by_value.head(6).itertuples()))
