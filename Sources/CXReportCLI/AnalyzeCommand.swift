import ArgumentParser
import CXAnalytics
import CXData
import CXSite
import Foundation

/// `cxreport analyze`: run the analysis and print the results, without building a site.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse the project's data and print the results.",
        discussion: """
        Without --json, prints a short summary of the headline measures. With --json, \
        prints every result as JSON with stable key order and no timestamps, so the \
        output can be diffed and consumed by other tools. The README documents the schema.
        """)

    @Option(name: .long, help: ArgumentHelp("The report project folder (with cxreport.yml).", valueName: "dir"))
    var project: String = "."

    @Flag(name: .long, help: "Print the full results as JSON.")
    var json = false

    @Flag(name: .long, help: "Fail (exit 1) on any data problem instead of reporting it.")
    var strict = false

    func run() throws {
        let terminal = Terminal.current
        let config: ProjectConfig
        do { config = try ProjectConfig.load(projectDirectory: project) } catch let error as DataError {
            throw BuildFailure(step: .configure, error)
        }
        let found: ResponseAnalysis?
        do { found = try ResponseAnalyzer.analyze(config: config, projectDirectory: project) } catch let error as DataError {
            throw BuildFailure(step: .load, error)
        }
        guard let analysis = found else {
            throw BuildFailure(step: .configure, diagnostics: [
                Diagnostic(.error, at: SourceLocation(file: ProjectConfig.fileName), "the project declares no responses dataset to analyse",
                           hint: "add datasets: { responses: { file: …, columns: { … } } } to cxreport.yml"),
            ], isConfigurationError: true)
        }
        let problems = analysis.dataQuality.diagnostics
        if strict && analysis.dataQuality.problemCount > 0 {
            throw BuildFailure(step: .load, diagnostics: problems)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            terminal.print(String(decoding: try encoder.encode(analysis), as: UTF8.self))
            return
        }
        for diagnostic in problems {
            var warning = diagnostic
            warning.severity = .warning
            terminal.printError(warning.description)
        }
        terminal.print(AnalysisSummary.text(analysis))
    }
}

/// A few lines for people: the headline figures with their intervals and bases.
enum AnalysisSummary {
    static func text(_ analysis: ResponseAnalysis) -> String {
        let level = FixedDecimal.string(analysis.settings.confidenceLevel * 100, decimals: 0) + "%"
        var lines = ["\(FixedDecimal.grouped(analysis.dataQuality.rowsRead)) responses in \(analysis.dataQuality.file)"]
        if let nps = analysis.overall.nps {
            lines.append("NPS  \(FixedDecimal.string(nps.score, decimals: 1))  (\(level) interval \(FixedDecimal.string(nps.interval.low, decimals: 1)) to \(FixedDecimal.string(nps.interval.high, decimals: 1)), n = \(FixedDecimal.grouped(nps.n)))")
        }
        if let csat = analysis.overall.csat {
            lines.append("CSAT \(FixedDecimal.string(csat.score, decimals: 1))% top-2-box  (\(FixedDecimal.string(csat.interval.low, decimals: 1)) to \(FixedDecimal.string(csat.interval.high, decimals: 1)), n = \(FixedDecimal.grouped(csat.n)))")
        }
        if let ces = analysis.overall.ces {
            lines.append("CES  mean \(FixedDecimal.string(ces.mean, decimals: 2)), \(FixedDecimal.string(ces.agree, decimals: 1))% agreeing  (n = \(FixedDecimal.grouped(ces.n)))")
        }
        for change in analysis.latestChange {
            lines.append("\(change.measure.rawValue.uppercased()) \(change.from) → \(change.to): \(change.phrase)")
        }
        if let drivers = analysis.drivers, let top = drivers.ranked.first {
            lines.append("Top driver of recommendation: \(top.name) (\(FixedDecimal.string(top.rescaledWeight, decimals: 1))% of R² = \(FixedDecimal.string(drivers.r2, decimals: 2)))")
        }
        if analysis.dataQuality.problemCount > 0 {
            lines.append("\(FixedDecimal.grouped(analysis.dataQuality.problemCount)) data problems (listed above)")
        }
        return lines.joined(separator: "\n")
    }
}
