/// The default stylesheet embedded in every chart.
///
/// Every colour is a CSS custom property with a fallback (`var(--cx-promoter, #009E73)`), so
/// a page theme controls colours by setting `--cx-*` properties; text and axes use
/// `currentColor`. The fallbacks are the Okabe–Ito colour-blind-safe palette. A
/// `prefers-color-scheme: dark` block and a `print` block give sensible standalone defaults.
/// Every selector is scoped under `.cx-chart`, because a `<style>` inside SVG inlined in
/// HTML applies to the whole page. The text contains no quotes or `<`, so escaping leaves
/// it unchanged.
public enum ChartStyle {
    /// Okabe–Ito palette in series order (black last, since it vanishes in dark mode).
    public static let palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]

    /// Number of distinct series styles (`cx-s0` … `cx-s6`).
    static let seriesCount = 7

    /// The stylesheet text.
    public static let css: String = {
        var rules: [String] = [
            ".cx-chart{color:var(--cx-fg,#1a1a1a);font-family:var(--cx-font,system-ui,Segoe UI,Roboto,Helvetica,Arial,sans-serif);font-size:12px}",
            ".cx-chart text{fill:currentColor}",
            ".cx-chart .cx-bg{fill:var(--cx-bg,#ffffff)}",
            ".cx-chart .cx-title{font-size:16px;font-weight:600}",
            ".cx-chart .cx-subtitle,.cx-chart .cx-muted{fill:var(--cx-muted,#595959)}",
            ".cx-chart .cx-small{font-size:11px}",
            ".cx-chart .cx-big{font-size:34px;font-weight:600}",
            ".cx-chart .cx-value{font-weight:600}",
            ".cx-chart .cx-grid{stroke:var(--cx-grid,#dddddd);stroke-width:1}",
            ".cx-chart .cx-axis,.cx-chart .cx-whisker,.cx-chart .cx-leader{stroke:currentColor;stroke-width:1;fill:none}",
            ".cx-chart .cx-whisker{stroke-width:1.5}",
            ".cx-chart .cx-zero{stroke:currentColor;stroke-width:1.5}",
            ".cx-chart .cx-bar{fill:var(--cx-accent,#0072B2)}",
            ".cx-chart .cx-lowbase{fill-opacity:.35;stroke:var(--cx-accent,#0072B2);stroke-width:1.5;stroke-dasharray:4 2}",
            ".cx-chart .cx-withheld{stroke:var(--cx-muted,#595959);stroke-width:1;stroke-dasharray:2 2}",
            ".cx-chart .cx-hatch{stroke:var(--cx-muted,#595959);stroke-width:1.5}",
            ".cx-chart .cx-negative-area{fill:var(--cx-negative,#D55E00);fill-opacity:.16}",
            ".cx-chart .cx-detractor{fill:var(--cx-detractor,#D55E00)}",
            ".cx-chart .cx-passive{fill:var(--cx-passive,#BDBDBD)}",
            ".cx-chart .cx-promoter{fill:var(--cx-promoter,#009E73)}",
            ".cx-chart .cx-negative{fill:var(--cx-negative,#D55E00)}",
            ".cx-chart .cx-positive{fill:var(--cx-positive,#0072B2)}",
            ".cx-chart .cx-neutral{fill:var(--cx-neutral,#BDBDBD)}",
            ".cx-chart .cx-on-fill{fill:#000000}",
            ".cx-chart .cx-on-dark{fill:#ffffff}",
            ".cx-chart .cx-halo{paint-order:stroke;stroke:var(--cx-bg,#ffffff);stroke-width:3px;stroke-linejoin:round}",
            ".cx-chart .cx-stage{fill:var(--cx-grid,#dddddd);fill-opacity:.4}",
            ".cx-chart .cx-quadrant{fill:var(--cx-muted,#595959);font-size:11px;font-style:italic}",
        ]
        // Series: stroke for lines, fill for markers and bands.
        let series = ["--cx-s0,#0072B2", "--cx-s1,#E69F00", "--cx-s2,#009E73", "--cx-s3,#CC79A7", "--cx-s4,#56B4E9", "--cx-s5,#D55E00", "--cx-s6,#F0E442"]
        for (index, variable) in series.enumerated() {
            rules.append(".cx-chart .cx-s\(index){fill:var(\(variable));stroke:var(\(variable))}")
        }
        // Heat cells: light to dark blue (sequential) and vermillion-white-blue (diverging).
        let heat = ["#EEF5FB", "#C9E0F2", "#8FBFE3", "#4A96CF", "#0F67A8", "#08437A"]
        for (index, colour) in heat.enumerated() {
            rules.append(".cx-chart .cx-heat\(index){fill:var(--cx-heat\(index),\(colour))}")
        }
        let diverging = ["#B84A00", "#E8894D", "#F6C9A8", "#F2F2F2", "#A9D0EC", "#4F9BD1", "#005A91"]
        for (index, colour) in diverging.enumerated() {
            rules.append(".cx-chart .cx-div\(index){fill:var(--cx-div\(index),\(colour))}")
        }
        // Shape modifiers, more specific than the series colours so they always apply.
        rules.append(".cx-chart .cx-plot path.cx-line,.cx-chart .cx-plot line.cx-line{fill:none;stroke-width:2.5}")
        rules.append(".cx-chart .cx-plot .cx-band{fill-opacity:.18;stroke:none}")
        rules.append(".cx-chart .cx-plot .cx-marker{stroke:var(--cx-bg,#ffffff);stroke-width:1.5}")
        rules.append(".cx-chart .cx-plot .cx-hollow{fill:var(--cx-bg,#ffffff);stroke:var(--cx-s1,#E69F00);stroke-width:2.5}")
        // Dark mode keeps the blue bars (#0072B2): light whiskers stay readable on them and
        // they keep 3:1 against the dark background; lines switch to the lighter sky blue.
        rules.append("@media (prefers-color-scheme:dark){"
            + ".cx-chart{color:var(--cx-fg,#e8e8e8)}"
            + ".cx-chart .cx-bg{fill:var(--cx-bg,#141414)}"
            + ".cx-chart .cx-subtitle,.cx-chart .cx-muted,.cx-chart .cx-quadrant{fill:var(--cx-muted,#b0b0b0)}"
            + ".cx-chart .cx-grid{stroke:var(--cx-grid,#3a3a3a)}"
            + ".cx-chart .cx-withheld,.cx-chart .cx-hatch{stroke:var(--cx-muted,#b0b0b0)}"
            + ".cx-chart .cx-halo{stroke:var(--cx-bg,#141414)}"
            + ".cx-chart .cx-plot .cx-marker{stroke:var(--cx-bg,#141414)}"
            + ".cx-chart .cx-plot .cx-hollow{fill:var(--cx-bg,#141414)}"
            + ".cx-chart .cx-s0{fill:var(--cx-s0,#56B4E9);stroke:var(--cx-s0,#56B4E9)}"
            + ".cx-chart .cx-s4{fill:var(--cx-s4,#F0E442);stroke:var(--cx-s4,#F0E442)}"
            + "}")
        rules.append("@media print{.cx-chart{color:#000000}.cx-chart .cx-bg{fill:#ffffff}.cx-chart .cx-grid{stroke:#cccccc}}")
        return rules.joined(separator: "\n")
    }()
}
