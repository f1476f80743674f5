import CXData
import CXSite

/// How a failed build shows in the browser: a panel over the last good page listing
/// the diagnostics exactly as the terminal prints them, or a whole page when there is
/// no good page to show. Every diagnostic goes through `HTMLEscaping`.
public enum ErrorOverlay {
    /// Marks the overlay element, so tests and tools can find it.
    public static let marker = "data-cxreport-errors"

    /// A fixed panel for the top of a page (inline styles: the site's CSS is not ours).
    public static func panel(_ diagnostics: [Diagnostic]) -> String {
        """
        <div \(marker) role="alert" style="position:fixed;z-index:2147483647;left:0;right:0;top:0;\
        max-height:60vh;overflow:auto;margin:0;padding:1em 1.25em;background:#fff4f2;color:#5c1200;\
        border-bottom:3px solid #c0392b;font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;\
        box-shadow:0 2px 12px rgba(0,0,0,.25)">
        <p style="margin:0 0 .5em;font-weight:bold">\(HTMLEscaping.escape(headline(diagnostics)))</p>
        <pre style="margin:0;white-space:pre-wrap">\(HTMLEscaping.escape(diagnostics.map(\.description).joined(separator: "\n")))</pre>
        </div>

        """
    }

    /// A whole page for when the site has never built (or the page does not exist yet).
    public static func page(_ diagnostics: [Diagnostic]) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Build failed · cxreport serve</title></head>
        <body>
        \(panel(diagnostics))</body>
        </html>

        """
    }

    /// A page shown while the first build runs; the reload script replaces it when done.
    public static let buildingPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Building · cxreport serve</title></head>
        <body><p style="font:16px/1.5 system-ui,sans-serif;margin:2em">Building the report…</p>
        </body>
        </html>

        """

    /// A page for a path the site does not have.
    public static let notFoundPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Not found · cxreport serve</title></head>
        <body><p style="font:16px/1.5 system-ui,sans-serif;margin:2em">The report has no page here. \
        <a href="/">Go to the first page</a>.</p>
        </body>
        </html>

        """

    static func headline(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        return "cxreport: the build failed with \(errors) error\(errors == 1 ? "" : "s"); showing the last good version of the site"
    }
}
