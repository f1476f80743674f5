import ArgumentParser
import CXAnalytics
import CXData
import CXSite
import Foundation

/// `cxreport build`: analyse the project's data and write the static site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Analyse the data and write the report site.",
        discussion: """
        Reads cxreport.yml, loads the responses dataset, computes the measures, renders \
        content/*.md through Mustache and cmark into templates/layout.mustache (or the \
        built-in layout) and writes the site. The new site is written beside the output \
        folder and swapped in only when the whole build succeeded, so a failed build \
        leaves the previous output untouched. Identical input gives byte-identical output; \
        the report date comes from report_date in cxreport.yml, SOURCE_DATE_EPOCH, or the \
        latest period in the data.
        """)

    @Option(name: .long, help: ArgumentHelp("The report project folder (with cxreport.yml).", valueName: "dir"))
    var project: String = "."

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: <project>/output).", valueName: "dir"))
    var output: String?

    @Flag(name: .long, help: "Fail (exit 1) on any data problem instead of reporting it as a warning.")
    var strict = false

    @Flag(name: .long, help: "Write the whole report as one self-contained report.html (inline CSS and SVG, no scripts) to mail or archive.")
    var singleFile = false

    @Flag(name: .long, help: "Also write the output folder as a deterministic zip beside it (output.zip).")
    var zip = false

    @Flag(name: .shortAndLong, help: "Print only errors and warnings.")
    var quiet = false

    func run() throws {
        let terminal = Terminal.current
        let showProgress = terminal.showsProgress(quiet: quiet)
        var epoch: Int?
        if let text = terminal.environment["SOURCE_DATE_EPOCH"] {
            guard let value = Int(text) else {
                throw ValidationError("SOURCE_DATE_EPOCH must be a whole number of seconds, not \"\(text)\"")
            }
            epoch = value
        }
        var options = SiteBuilder.Options(projectDirectory: project, outputDirectory: output, sourceDateEpoch: epoch, strict: strict)
        options.singleFile = singleFile
        options.zip = zip
        let builder = SiteBuilder(
            options: options,
            progress: { index, count, step, detail in
                if showProgress { terminal.writeError("[\(index)/\(count)] \(step.rawValue) \(detail)\n") }
            })
        let result = try builder.build()
        for diagnostic in result.diagnostics { terminal.printError(diagnostic.description) }
        if !quiet {
            let index = (result.outputDirectory as NSString).appendingPathComponent(singleFile ? "report.html" : "index.html")
            let source = result.analysis.map { " from \(FixedDecimal.grouped($0.dataQuality.rowsRead)) responses" } ?? ""
            let what = singleFile ? "the single-file report" : "\(result.pages.count) page\(result.pages.count == 1 ? "" : "s")"
            terminal.print("built \(what)\(source): \(displayPath(index))")
        }
    }

    /// The path relative to the current folder when it is inside it.
    private func displayPath(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        let prefix = current.hasSuffix("/") ? current : current + "/"
        let relative = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
        return relative.hasPrefix("./") ? String(relative.dropFirst(2)) : relative
    }
}
