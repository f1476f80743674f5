import CXAnalytics
import CXData
import CXSite
import Foundation

/// `cxbench analysis PROJECT [--runs N] [--only read|read-all|full|responses|text|journey|crm]`: what the full
/// analysis adds to reading the sample (issue 5's target: at most 25%, release build).
///
/// Times, best of N runs in one process:
/// - `read`: the responses loader's parallel fold with a trivial accumulator — read, parse,
///   validate and code every mapped column, nothing else (like `cxbench data --decode-only`);
/// - `read_all`: the same for all three datasets the analysis reads (responses, then
///   touchpoints and transactions, customer codes shared as the analysis shares them, the
///   linked rows taken a batch at a time as the analysis takes them), since the 1M-row
///   sample is three files and the full analysis reads all of them;
/// - `full`: `ResponseAnalyzer.analyze`, exactly what `cxreport build` and `analyze` run
///   (statistics, customer ratings, follow-up list, text, journey, CRM, results);
/// and `ratio = (full − read) / read`, `ratio_all = (full − read_all) / read_all`.
///
/// On shared cores the host's load moves these times by a third between minutes, so two
/// more views of `ratio_all` are printed: `paired_ratio_all`, the median over runs of the
/// ratio of each run's `full` to the `read_all` timed just before it (neighbours in time
/// share the host's mood), and `cpu_ratio_all`, the same ratio on CPU time (user + system,
/// best of N), which counts the work done rather than the wait for a core.
///
/// To show where the cost is, each part is also timed
/// alone (best of N, whole seconds, each including its own read):
/// - `responses`: the responses fold with statistics, customer ratings and follow-up list;
/// - `text`: the responses fold with text statistics only (sentiment, themes, examples);
/// - `journey`: reading the touchpoints and folding the journey (with the ratings);
/// - `crm`: reading the transactions and folding the CRM link (with the ratings).
/// `--only` runs one measurement once, so `/usr/bin/time -v` can report its peak RSS
/// (`journey` and `crm` also fold the responses first, untimed, for the ratings).
func runAnalysisBenchmark(_ arguments: [String]) throws {
    guard let project = arguments.first else {
        throw BenchmarkUsage("usage: cxbench analysis PROJECT [--runs N] [--only read|read-all|full|responses|text|journey|crm]")
    }
    func option(_ name: String) -> String? {
        arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
    }
    let runs = max(1, option("--runs").flatMap(Int.init) ?? 3)
    let config = try ProjectConfig.load(projectDirectory: project)
    guard config.responses != nil else { throw BenchmarkUsage("the project declares no responses dataset") }
    let parts = AnalysisParts(config: config, project: project)

    if let only = option("--only") {
        let seconds: Double
        switch only {
        case "read": seconds = try time { _ = try parts.read() }
        case "read-all": seconds = try time { try parts.readAll() }
        case "full": seconds = try time { _ = try ResponseAnalyzer.analyze(config: config, projectDirectory: project) }
        case "responses": seconds = try time { _ = try parts.responses() }
        case "text": seconds = try time { try parts.text() }
        case "journey", "crm":
            let customers = SharedInterner()
            let ratings = try parts.responses(customers: customers)
            seconds = try time { try only == "journey" ? parts.journey(ratings, customers) : parts.crm(ratings, customers) }
        default: throw BenchmarkUsage("--only takes read, read-all, full, responses, text, journey or crm")
        }
        print("benchmark=analysis only=\(only) seconds=\(format(seconds))")
        return
    }

    var best: [String: Double] = [:]
    var bestCPU: [String: Double] = [:]
    var paired: [Double] = []
    var rows = 0
    func keep(_ name: String, _ seconds: Double) { best[name] = min(best[name] ?? .infinity, seconds) }
    /// Times `body` on the wall clock and in CPU time; keeps the best of each.
    func keepBoth(_ name: String, _ body: () throws -> Void) rethrows -> Double {
        let cpuBefore = cpuSeconds()
        let seconds = try time(body)
        bestCPU[name] = min(bestCPU[name] ?? .infinity, cpuSeconds() - cpuBefore)
        keep(name, seconds)
        return seconds
    }
    // Interleaved, so a burst of load from other processes hits every measurement alike.
    for _ in 0..<runs {
        keep("read", try time { rows = try parts.read() })
        let readAll = try keepBoth("read_all") { try parts.readAll() }
        let full = try keepBoth("full") { _ = try ResponseAnalyzer.analyze(config: config, projectDirectory: project) }
        paired.append((full - readAll) / readAll)
        keep("responses", try time { _ = try parts.responses() })
        if config.responses?.text != nil { keep("text", try time { try parts.text() }) }
        if config.touchpoints != nil || config.transactions != nil {
            // The joins need the ratings and the shared customer codes: made untimed.
            let customers = SharedInterner()
            let ratings = try parts.responses(customers: customers)
            if config.touchpoints != nil { keep("journey", try time { try parts.journey(ratings, customers) }) }
            if config.transactions != nil { keep("crm", try time { try parts.crm(ratings, customers) }) }
        }
    }
    let read = best["read"]!, readAll = best["read_all"]!, full = best["full"]!
    var line = "benchmark=analysis rows=\(rows) runs=\(runs) threads=\(ProcessInfo.processInfo.activeProcessorCount) "
        + "read_seconds=\(format(read)) read_all_seconds=\(format(readAll)) full_seconds=\(format(full)) "
        + "ratio=\(String(format: "%.3f", (full - read) / read)) ratio_all=\(String(format: "%.3f", (full - readAll) / readAll))"
    let cpuAll = bestCPU["read_all"]!, cpuFull = bestCPU["full"]!
    // The pairs' spread beside their median: on a shared host one binary's ratio moves by
    // several points from run to run, more than most changes to the analysis.
    let pairs = paired.sorted()
    line += " paired_ratio_all=\(String(format: "%.3f", pairs[pairs.count / 2]))"
        + " paired_ratio_all_min=\(String(format: "%.3f", pairs.first!)) paired_ratio_all_max=\(String(format: "%.3f", pairs.last!))"
        + " read_all_cpu_seconds=\(format(cpuAll)) full_cpu_seconds=\(format(cpuFull))"
        + " cpu_ratio_all=\(String(format: "%.3f", (cpuFull - cpuAll) / cpuAll))"
    for name in ["responses", "text", "journey", "crm"] {
        if let seconds = best[name] { line += " \(name)_seconds=\(format(seconds))" }
    }
    print(line)
}

/// User + system CPU time of this process so far, all threads.
private func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

private func time(_ body: () throws -> Void) rethrows -> Double {
    let started = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
}

private func format(_ seconds: Double) -> String { String(format: "%.3f", seconds) }

/// The parts of `ResponseAnalyzer.analyze`, each runnable alone, built the same way.
private struct AnalysisParts {
    let config: ProjectConfig
    let project: String
    var dataset: ResponseDataset { config.responses! }

    /// Read and validate only; returns the rows read.
    func read() throws -> Int {
        let loader = try ResponseLoader(dataset: dataset, projectDirectory: project)
        let counted = try loader.fold(0, add: { count, row in count &+= row.nps ?? 0 }, merge: { $0 &+= $1 })
        return counted.quality.rowsRead
    }

    /// Read and validate all three datasets, each with a trivial accumulator; the linked
    /// loaders share the responses' customer codes, as in the analysis.
    func readAll() throws {
        let customers = SharedInterner()
        let loader = try ResponseLoader(dataset: dataset, projectDirectory: project, customers: customers)
        _ = try loader.fold(0, add: { count, row in count &+= row.nps ?? 0 }, merge: { $0 &+= $1 })
        if let touchpoints = config.touchpoints {
            let loader = try TouchpointLoader(dataset: touchpoints, projectDirectory: project, customers: customers)
            _ = try loader.fold(0, addRows: { count, rows in for row in rows { count &+= Int(row.customer) } }, merge: { $0 &+= $1 })
        }
        if let transactions = config.transactions {
            let loader = try TransactionLoader(dataset: transactions, projectDirectory: project, customers: customers)
            _ = try loader.fold(0, addRows: { count, rows in for row in rows { count &+= Int(row.customer) } }, merge: { $0 &+= $1 })
        }
    }

    /// What one responses fold keeps besides text.
    struct ResponseFold: Sendable {
        var statistics: ResponseStatistics
        var ratings = BatchedFold(CustomerRatings())
        var followUp: FollowUpCollector
    }

    /// Statistics, ratings and follow-up in one fold; returns the ratings for the joins,
    /// coded by `customers` when given.
    func responses(customers: SharedInterner? = nil) throws -> CustomerRatings {
        let loader = try ResponseLoader(dataset: dataset, projectDirectory: project, customers: customers)
        let empty = ResponseFold(
            statistics: ResponseStatistics(periodLength: config.periodLength, segmentCount: loader.segmentNames.count,
                                           csatScale: dataset.csat?.scale ?? 1...5, cesScale: dataset.ces?.scale ?? 1...7,
                                           driverCount: loader.driverNames.count, expectationCount: dataset.expectations.count,
                                           sacrificeCount: dataset.sacrifices.count),
            followUp: FollowUpCollector(threshold: config.followUpThreshold))
        let (folded, _) = try loader.fold(empty, add: { fold, row in
            fold.statistics.add(row)
            if let rating = CustomerRatings.Row(row) { fold.ratings.add(rating) }
            fold.followUp.add(row)
        }, merge: { fold, other in
            fold.statistics.merge(other.statistics)
            fold.ratings.merge(other.ratings)
            fold.followUp.merge(other.followUp)
        })
        return folded.ratings.finished()
    }

    /// Text statistics alone, and their results.
    func text() throws {
        let loader = try ResponseLoader(dataset: dataset, projectDirectory: project)
        let analyzer = TextAnalyzer(themes: ThemeDictionary(config))
        let empty = TextStatistics(themes: analyzer.themes, segmentCount: loader.segmentNames.count)
        let (folded, _) = try loader.fold(empty, add: { $0.add($1, using: analyzer) }, merge: { $0.merge($1) })
        _ = TextResult(folded, segmentNames: loader.segmentNames, segmentValues: loader.segmentValues, settings: AnalysisSettings(config))
    }

    /// Touchpoints read and folded into the journey, then its results.
    func journey(_ ratings: CustomerRatings, _ customers: SharedInterner) throws {
        guard let touchpoints = config.touchpoints else { return }
        let loader = try TouchpointLoader(dataset: touchpoints, projectDirectory: project, customers: customers)
        let (journey, _) = try loader.fold(JourneyStatistics(scale: touchpoints.emotion?.range ?? -1...1, expectedCustomers: customers.count),
                                           addRows: { $0.add(batch: $1) }, merge: { $0.merge($1) })
        _ = CustomerJourney(journey, touchpointNames: loader.touchpointValues, labelNames: loader.emotionLabelValues,
                            ratings: ratings, settings: AnalysisSettings(config))
    }

    /// Transactions read and folded into the CRM link, then its results.
    func crm(_ ratings: CustomerRatings, _ customers: SharedInterner) throws {
        guard let transactions = config.transactions else { return }
        let loader = try TransactionLoader(dataset: transactions, projectDirectory: project, customers: customers)
        let (statistics, _) = try loader.fold(CRMImpactStatistics(ratings: ratings, window: .all),
                                              addRows: { $0.add(batch: $1) }, merge: { $0.merge($1) })
        _ = CRMImpact(statistics, settings: AnalysisSettings(config))
    }
}
