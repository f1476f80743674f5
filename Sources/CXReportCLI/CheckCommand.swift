import ArgumentParser
import CXData
import CXSite
import Foundation

/// `cxreport check`: everything `build --strict` verifies, without writing anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check configuration, data, narratives, directives and links without writing anything.",
        discussion: """
        Runs the whole build in memory with --strict rules: any data problem, broken \
        link, low-base group shown or content error is reported. Exit codes: 0 no \
        problems, 1 data or content problems, 2 usage or configuration errors. With \
        --format json the diagnostics are printed as one JSON document, for CI annotations:
          {"ok": false, "exit_code": 1, "diagnostics": [{"severity": "error", "file": …, \
        "line": …, "column": …, "message": …, "hint": …}]}
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(name: .long, help: ArgumentHelp("The report project folder (with cxreport.yml).", valueName: "dir"))
    var project: String = "."

    @Option(name: .long, help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let terminal = Terminal.current
        var options = SiteBuilder.Options(projectDirectory: project, strict: true)
        options.writesOutput = false
        var diagnostics: [Diagnostic] = []
        var code: Int32 = 0
        do {
            let result = try SiteBuilder(options: options).build()
            diagnostics = result.diagnostics
        } catch let failure as BuildFailure {
            diagnostics = failure.diagnostics
            code = failure.isConfigurationError ? 2 : 1
        }
        switch format {
        case .text:
            for diagnostic in diagnostics { terminal.printError(diagnostic.description) }
            if code == 0 { terminal.print("check passed: no problems found") }
        case .json:
            let report = CheckReport(ok: code == 0, exitCode: code, diagnostics: diagnostics.map(CheckReport.Entry.init))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            terminal.print(String(decoding: try encoder.encode(report), as: UTF8.self))
        }
        if code != 0 { throw CommandExit(code: code) }
    }
}

/// Machine-readable result of `cxreport check --format json`.
struct CheckReport: Encodable {
    struct Entry: Encodable {
        var severity: String
        var file: String?
        var line: Int?
        var column: Int?
        var message: String
        var hint: String?

        init(_ diagnostic: Diagnostic) {
            severity = diagnostic.severity.rawValue
            file = diagnostic.location?.file
            line = diagnostic.location.flatMap { $0.line > 0 ? $0.line : nil }
            column = diagnostic.location.flatMap { $0.column > 0 ? $0.column : nil }
            message = diagnostic.message
            hint = diagnostic.hint
        }
    }

    var ok: Bool
    var exitCode: Int32
    var diagnostics: [Entry]

    enum CodingKeys: String, CodingKey {
        case ok, exitCode = "exit_code", diagnostics
    }
}
