import ArgumentParser
import CXAnalytics
import CXData
import CXSite
import Foundation

/// `cxreport sample`: write a synthetic responses dataset with known structure.
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Write a synthetic survey dataset for trying cxreport out, tests and benchmarks.",
        discussion: """
        The data has known structure: five drivers with known weights on likelihood to \
        recommend, the North region improving in Q4 while every other group stays level, \
        and comments whose sentiment follows the score (a few with e-mail addresses and \
        phone numbers to show redaction). The same seed always writes the same bytes.
        """)

    @Option(name: .long, help: "Number of survey responses to write.")
    var responses: Int = 4000

    @Option(name: .long, help: "Seed of the random generator.")
    var seed: UInt64 = 42

    @Option(name: .long, help: ArgumentHelp("Folder to write responses.csv into.", valueName: "dir"))
    var out: String = "content/data"

    func validate() throws {
        guard responses >= 1 else { throw ValidationError("--responses must be at least 1") }
    }

    func run() throws {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let path = (out as NSString).appendingPathComponent("responses.csv")
        let staging = path + ".partial"
        guard FileManager.default.createFile(atPath: staging, contents: nil),
              let handle = FileHandle(forWritingAtPath: staging) else {
            throw ValidationError("cannot write \(path): check that the folder is writable")
        }
        try SampleResponses(count: responses, seed: seed).write { chunk in
            try handle.write(contentsOf: chunk)
        }
        try handle.close()
        if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
        try FileManager.default.moveItem(atPath: staging, toPath: path)
        Terminal.current.print("wrote \(FixedDecimal.grouped(responses)) responses to \(path)")
    }
}
