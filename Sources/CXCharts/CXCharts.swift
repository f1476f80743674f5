/// CXCharts turns plain result values into accessible, deterministic SVG strings.
///
/// Every chart kind is a public value type (`BarChart`, `TrendChart`, …) conforming to
/// `Chart`: build it from numbers and labels, then read `svg` (a standalone `<svg>` element
/// with `role="img"`, `<title>`, `<desc>` and a small themable `<style>`) and `dataTable`
/// (an escaped HTML `<table>` with the same data, for a fallback or a `<details>` block).
///
/// The module imports nothing but the standard library: numbers are formatted by
/// `DecimalFormat`, text and attributes are escaped by `XMLEscape`, and markup is assembled
/// with the typed `SVGElement` builder.
public enum CXCharts {
    /// Groups with fewer responses than this are withheld by the analytics layer; charts
    /// label such groups "n < 5, withheld".
    public static let suppressionThreshold = 5
    /// Groups with fewer responses than this are flagged as a low base.
    public static let lowBaseThreshold = 30
}
