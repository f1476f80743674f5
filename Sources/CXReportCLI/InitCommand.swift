import ArgumentParser
import CXData
import CXSite
import Foundation

/// `cxreport init`: scaffold a report project, or propose a column mapping for a
/// data file the user already has.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a report project, or propose cxreport.yml for an existing data file.",
        discussion: """
        Without --from, writes a project that builds as is: cxreport.yml, synthetic \
        sample data in content/data/ (responses, transactions, touchpoints) and the \
        narratives of the default quarterly report in content/ (summary, segments, \
        drivers, expectations, journey, voice of the customer, revenue and follow-up). \
        Existing pages are kept.

        With --from FILE, reads FILE's header and first rows (CSV, a Qualtrics or \
        SurveyMonkey export, JSON or NDJSON), guesses the role of each column — a 0–10 \
        column whose name or question mentions "recommend" becomes nps — and writes a \
        cxreport.yml with a comment on every guess saying why, and a first page, \
        content/index.md. Review the mapping before building.

        An existing cxreport.yml is never overwritten unless --force is given.
        """)

    @Argument(help: ArgumentHelp("The project folder (created if needed).", valueName: "dir"))
    var directory: String = "."

    @Option(name: .long, help: ArgumentHelp("A data file to propose a column mapping for.", valueName: "file"))
    var from: String?

    @Flag(name: .long, help: "Overwrite an existing cxreport.yml.")
    var force = false

    func run() throws {
        let manager = FileManager.default
        try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let configPath = (directory as NSString).appendingPathComponent(ProjectConfig.fileName)
        let terminal = Terminal.current
        if manager.fileExists(atPath: configPath) && !force {
            terminal.printError("\(configPath): error: the project already has a cxreport.yml; it was left as it was\n"
                                + "  hint: pass --force to replace it, or give another folder")
            throw CommandExit(code: 2)
        }
        if let from {
            try propose(from: from, configPath: configPath)
        } else {
            let data = (directory as NSString).appendingPathComponent("content/data")
            try SampleProject.writeData(to: data, responses: SampleResponses(count: 4000, seed: 42))
            try write(SampleProject.configuration(), to: configPath)
            terminal.print("wrote \(configPath) and sample data in \(data)")
        }
        // Sample data gets the whole default report; a user's own file gets a first page,
        // since it may lack the expectations, journey or CRM data the other pages draw.
        let pages = from == nil ? DefaultReport.pages : [("content/index.md", SampleProject.indexPage)]
        for (relative, text) in pages {
            let path = (directory as NSString).appendingPathComponent(relative)
            guard !manager.fileExists(atPath: path) else { continue }
            try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try write(text, to: path)
            terminal.print("wrote \(path)")
        }
        terminal.print(from == nil ? "next: cxreport build --project \(directory)"
                                   : "next: review the guesses in \(configPath), then cxreport build --project \(directory)")
    }

    private func propose(from file: String, configPath: String) throws {
        let fileForConfig = relativePath(of: file, from: directory)
        var source = DatasetSource(file: fileForConfig, fileLocation: SourceLocation(file: file))
        source.format = DataFormat(path: file)
        let table = try DatasetTable(source: source, projectDirectory: directory, role: "responses")
        let profiles = try ColumnProfile.profiles(of: table)
        let rows = profiles.first.map { $0.values + $0.missing } ?? 0
        let proposal = MappingProposal(profiles: profiles)
        try write(proposal.configuration(file: fileForConfig, table: table, rowsRead: rows), to: configPath)
        let terminal = Terminal.current
        terminal.print("wrote \(configPath): \(proposal.guesses.count) role\(proposal.guesses.count == 1 ? "" : "s") guessed from \(table.header.count) columns")
        for guess in proposal.guesses { terminal.print("  \(guess.role): \(guess.value)  (\(guess.reason))") }
    }

    /// `file` as seen from `directory`: relative when inside it, absolute otherwise.
    private func relativePath(of file: String, from directory: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        func absolute(_ path: String) -> String {
            let full = path.hasPrefix("/") ? path : (current as NSString).appendingPathComponent(path)
            return (full as NSString).standardizingPath
        }
        let base = absolute(directory), target = absolute(file)
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return target.hasPrefix(prefix) ? String(target.dropFirst(prefix.count)) : target
    }

    private func write(_ text: String, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            throw ValidationError("cannot write \(path): check that the folder is writable")
        }
    }
}
