"""Builds examples.json: every example of the CommonMark spec 0.31.2 with the HTML the
`cmark` command (Debian package cmark 0.30.2) renders for it.

The examples come from the spec (commonmark.json as shipped in the markdown-it-py
source distribution, tests/test_cmark_spec/). The spec is by John MacFarlane,
licensed CC-BY-SA 4.0. The expected HTML is cmark's own output, not the spec's,
because the test checks that cxreport's narrative path adds nothing to cmark.

Usage: python3 make_examples.py path/to/commonmark.json > examples.json
"""
import json
import subprocess
import sys

examples = json.load(open(sys.argv[1]))
out = []
for example in examples:
    html = subprocess.run(["cmark"], input=example["markdown"].encode(), capture_output=True, check=True).stdout.decode()
    out.append({"example": example["example"], "section": example["section"], "markdown": example["markdown"], "cmark_html": html})
json.dump(out, sys.stdout, ensure_ascii=False, indent=0)
