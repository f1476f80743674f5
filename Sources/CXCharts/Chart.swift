/// A chart that renders to accessible SVG with an HTML data-table fallback.
///
/// Every chart kind in CXCharts conforms. Both properties are pure functions of the
/// chart's value: identical input gives byte-identical output.
public protocol Chart: Sendable {
    /// A standalone `<svg>` element: `role="img"`, `aria-labelledby` pointing at its
    /// `<title>` and `<desc>`, a small `<style>` with light/dark/print defaults that page CSS
    /// can override through `--cx-*` custom properties.
    var svg: String { get }
    /// The same data as an escaped HTML `<table class="cx-data-table">` with a caption.
    var dataTable: String { get }
    /// A plain-language, neutral summary of the data (also the SVG's `<desc>`).
    var summary: String { get }
}
