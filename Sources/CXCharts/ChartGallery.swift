/// A standalone HTML page showing every chart kind on representative and edge-case data,
/// each with its data table in a `<details>` block.
///
/// For reviewing the charts by eye (light and dark mode, narrow and wide windows, print):
/// inline CSS, no JavaScript, no external requests. Deterministic like every chart.
///
/// Its stylesheet doubles as the recommended page CSS for embedding charts: scale SVGs down
/// with `max-width:100%;height:auto`, but keep full-width (640) charts at least 520 px wide
/// inside an `overflow-x:auto` container so their text stays readable on phones — or
/// render a narrow layout by passing `width: 360` to the chart.
public enum ChartGallery {
    /// The complete gallery page.
    public static func page() -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>CXCharts gallery</title>
        <style>
        :root{color-scheme:light dark}
        body{margin:0 auto;max-width:1360px;padding:16px;font-family:system-ui,Segoe UI,Roboto,Helvetica,Arial,sans-serif;background:#ffffff;color:#1a1a1a;line-height:1.4}
        h1{font-size:1.6rem;margin:0 0 4px}
        h2{font-size:1.2rem;margin:28px 0 8px;border-bottom:1px solid #cccccc}
        .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,560px),1fr));gap:16px;align-items:start}
        figure{margin:0;padding:8px;border:1px solid #dddddd;border-radius:6px;min-width:0;overflow-x:auto}
        figcaption{font-size:.85rem;color:#595959;margin-bottom:4px}
        figure svg{display:block;max-width:100%;height:auto}
        figure svg.cx-chart[width="640"]{min-width:520px}
        details{margin-top:6px;font-size:.85rem}
        .cx-data-table{border-collapse:collapse;margin-top:4px;max-width:100%;display:block;overflow-x:auto}
        .cx-data-table caption{text-align:left;font-weight:600;padding:2px 0}
        .cx-data-table th,.cx-data-table td{border:1px solid #cccccc;padding:2px 6px;text-align:left}
        .cx-data-table .cx-num{text-align:right;font-variant-numeric:tabular-nums}
        @media (prefers-color-scheme:dark){
        body{background:#141414;color:#e8e8e8}
        figure{border-color:#3a3a3a}
        figcaption{color:#b0b0b0}
        h2{border-color:#3a3a3a}
        .cx-data-table th,.cx-data-table td{border-color:#3a3a3a}
        }
        @media print{
        body{background:#ffffff;color:#000000;max-width:none}
        figure{break-inside:avoid;border:none}
        details{display:none}
        }
        </style>
        </head>
        <body>
        <h1>CXCharts gallery</h1>
        <p>Every chart kind on representative and edge-case data. Each chart is a standalone SVG; its data table is in the details below it.</p>

        """
        var currentKind = ""
        for sample in samples {
            let kind = String(sample.name.prefix { $0 != "-" })
            if kind != currentKind {
                if !currentKind.isEmpty { out += "</div>\n" }
                out += "<h2>" + XMLEscape.escape(kindTitles[kind] ?? kind) + "</h2>\n<div class=\"grid\">\n"
                currentKind = kind
            }
            out += "<figure id=\"" + XMLEscape.escape(sample.name) + "\">\n<figcaption>" + XMLEscape.escape(sample.caption) + "</figcaption>\n"
            out += sample.chart.svg
            out += "\n<details><summary>Data table</summary>\n" + sample.chart.dataTable + "\n</details>\n</figure>\n"
        }
        if !currentKind.isEmpty { out += "</div>\n" }
        out += "</body>\n</html>\n"
        return out
    }

    static let kindTitles: [String: String] = [
        "kpi": "KPI tiles", "bar": "Bar charts", "stacked": "100% stacked bars", "trend": "Trend lines",
        "journey": "Journey emotion curves", "dumbbell": "Dumbbell charts", "ipa": "Importance–performance",
        "diverging": "Diverging bars", "histogram": "Histograms", "heatmap": "Heatmaps",
    ]
}
