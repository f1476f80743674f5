"""Independent reference for the sample report's NPS (pandas, not cxreport).

Run from the repository root:  python3 Tests/CXSiteTests/Fixtures/Reference/sample_nps.py
It reads content/data/responses.csv with the same missing-value codes as
cxreport.yml and prints NPS overall and per quarter. The printed values are the
expected values in CXSiteTests/SampleReportTests.swift.
"""
import pandas as pd

frame = pd.read_csv("content/data/responses.csv", na_values=["", "NA", "N/A", "Don't know"], keep_default_na=False)
score = pd.to_numeric(frame["likelihood_to_recommend"], errors="coerce").dropna()
def nps(values):
    promoters = (values >= 9).mean()
    detractors = (values <= 6).mean()
    return 100 * (promoters - detractors), len(values)
print("overall", nps(score))
frame["quarter"] = pd.PeriodIndex(pd.to_datetime(frame["submitted_at"]), freq="Q").astype(str)
for quarter, group in frame.groupby("quarter"):
    values = pd.to_numeric(group["likelihood_to_recommend"], errors="coerce").dropna()
    print(quarter, nps(values))
