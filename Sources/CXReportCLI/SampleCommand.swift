import ArgumentParser
import CXAnalytics
import CXData
import CXSite
import Foundation

/// `cxreport sample`: write a synthetic project dataset with known structure.
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Write synthetic survey, transaction and journey data for trying cxreport out, tests and benchmarks.",
        discussion: """
        responses.csv has known structure: five drivers with known weights on likelihood \
        to recommend, the North region improving in Q4 while every other group stays level, \
        expected and perceived ratings with known gaps, wanted and received delivery days, \
        a yes/no outcome, and comments whose sentiment follows the score (a few with e-mail \
        addresses and phone numbers to show redaction). transactions.csv and touchpoints.csv \
        share its customer ids: promoters buy more, delivery and returns are the worst \
        moments of the journey (before, during and after the purchase). The same seed \
        always writes the same bytes.
        """)

    @Option(name: .long, help: "Number of survey responses to write.")
    var responses: Int = 4000

    @Option(name: .long, help: "Seed of the random generator.")
    var seed: UInt64 = 42

    @Option(name: .long, help: ArgumentHelp("Folder to write the CSV files into.", valueName: "dir"))
    var out: String = "content/data"

    @Flag(name: .long, help: "Add a survey weight column to responses.csv.")
    var weights = false

    @Option(name: .long, parsing: .upToNextOption,
            help: ArgumentHelp("Which datasets to write (default: all).", valueName: "responses|transactions|touchpoints"))
    var datasets: [String] = []

    func validate() throws {
        guard responses >= 1 else { throw ValidationError("--responses must be at least 1") }
        for name in datasets where SampleProject.Dataset(rawValue: name) == nil {
            throw ValidationError("unknown dataset \"\(name)\": choose responses, transactions or touchpoints")
        }
    }

    func run() throws {
        let chosen = datasets.isEmpty ? Set(SampleProject.Dataset.allCases) : Set(datasets.compactMap(SampleProject.Dataset.init))
        let written = try SampleProject.writeData(to: out, responses: SampleResponses(count: responses, seed: seed, weighted: weights),
                                                  datasets: chosen)
        Terminal.current.print("wrote \(FixedDecimal.grouped(responses)) responses to \(written.joined(separator: ", "))")
    }
}
