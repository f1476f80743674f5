import CXAnalytics
import CXData
import Foundation

/// Streams the responses dataset through the loader into the statistics fold and
/// turns the statistics into results. Large CSV files are read on all cores: each
/// chunk folds its own `ResponseStatistics` and the chunks merge (segment codes are
/// global to the load, so no remapping is needed). What a merge can do ahead, it does on
/// the chunks' threads (cells rolled up as each chunk ends; the follow-up lists merge by
/// handing over their blocks), so the merge between the reads, where one core works and
/// the other waits, stays short.
///
/// When the project declares touchpoints or transactions, they are read after the
/// responses, on all cores the same way, and joined by customer: the linked loaders share the
/// responses loader's customer interner, so a customer has the same code in all (and the
/// ids are stored once, not copied into a second interner as `String`s and coded again).
/// The responses' results are computed beside the journey's read (`BackgroundResult`).
/// Each read's threads, as they finish their chunks, split the next file for its own
/// parallel read (`SideWork`).
/// The journey's results are computed before the transactions are read, so its customer
/// table (32 bytes a customer, shared by the reading threads) is freed
/// before the CRM link's tables are made. The steps after a read run in pairs, one on
/// each core: the peak-end fit beside the touchpoints, the CRM link's groups beside the
/// follow-up list.
public enum ResponseAnalyzer {
    /// What one pass over the responses folds: the statistics, each customer's latest
    /// rating (only when a linked dataset needs it) and the low scorers to follow up.
    struct Fold: Sendable, SharedPartial {
        var statistics: ResponseStatistics
        /// One table for all the chunks (`SharedCustomerRatings`).
        var ratings: BatchedFold<SharedCustomerRatings>?
        /// The low scorers; chunks merge by handing over their blocks, in file order.
        var followUp = FollowUpCollector()
        /// Sentiment and themes of the comments, when `text:` is mapped.
        var text: TextStatistics?

        /// `analyzer` is the fold closure's, passed in rather than kept here: read from a
        /// stored property of the value being mutated, its 136 bytes were copied twice a
        /// row (about 17 ms of the 1M-row sample's analysis on one core: `perf`).
        mutating func add(_ row: ResponseRow, text analyzer: TextAnalyzer) {
            statistics.add(row)
            if let rating = CustomerRatings.Row(row) { ratings?.add(rating) }
            followUp.add(row)
            text?.add(row, using: analyzer)
        }

        /// Rolls a chunk's pending cells up on its own thread (`ResponseLoader.fold`'s
        /// `finishChunk`): `merge` would do it, one chunk after another, while the other
        /// core waited (about 6 ms of the 1M-row sample's 12 ms merge).
        mutating func finishChunk() {
            statistics.rollUp()
            text?.rollUp()
        }

        mutating func merge(_ other: Fold) {
            statistics.merge(other.statistics)
            if let theirs = other.ratings { ratings?.merge(theirs) }
            followUp.merge(other.followUp)
            if let theirs = other.text { text?.merge(theirs) }
        }

        /// Empty statistics with a ratings table of their own, for a read that starts again.
        func startingOver() -> Fold {
            var fresh = self
            fresh.ratings = ratings?.startingOver()
            return fresh
        }
    }

    /// How the files are split for their parallel reads: the loaders' defaults (a chunk
    /// per core, 1 MiB at least) unless a test asks for small chunks.
    struct Reading: Sendable {
        var threads = ProcessInfo.processInfo.activeProcessorCount
        var minimumChunkBytes = 1 << 20
    }

    /// nil when the project declares no responses dataset.
    public static func analyze(config: ProjectConfig, projectDirectory: String) throws -> ResponseAnalysis? {
        try analyze(config: config, projectDirectory: projectDirectory, reading: Reading())
    }

    static func analyze(config: ProjectConfig, projectDirectory: String, reading: Reading) throws -> ResponseAnalysis? {
        guard let dataset = config.responses else { return nil }
        let loader = try ResponseLoader(dataset: dataset, projectDirectory: projectDirectory)
        let textAnalyzer = TextAnalyzer(themes: ThemeDictionary(config))
        let linked = dataset.customer != nil && (config.touchpoints != nil || config.transactions != nil)
        let empty = Fold(statistics: ResponseStatistics(periodLength: config.periodLength, segmentCount: loader.segmentNames.count,
                                                        csatScale: dataset.csat?.scale ?? 1...5,
                                                        cesScale: dataset.ces?.scale ?? 1...7,
                                                        driverCount: loader.driverNames.count,
                                                        expectationCount: dataset.expectations.count,
                                                        sacrificeCount: dataset.sacrifices.count),
                         ratings: linked ? BatchedFold(SharedCustomerRatings()) : nil,
                         followUp: FollowUpCollector(threshold: config.followUpThreshold, keepsComments: config.publishFollowUp),
                         text: dataset.text == nil ? nil : TextStatistics(themes: textAnalyzer.themes, segmentCount: loader.segmentNames.count))
        // The linked files are opened before the responses' read. Each read's threads split
        // the next file for its own parallel read as they finish their chunks (`SideWork`):
        // the responses' read the touchpoints (the transactions when there are none), the
        // touchpoints' read the transactions. After a one-pass read, the next read splits its
        // file itself. A file that cannot be opened now is opened again by its loader, which
        // reports the error then.
        let touchpointTable = config.touchpoints.flatMap {
            try? DatasetTable(source: $0.source, projectDirectory: projectDirectory, role: "touchpoints")
        }
        let transactionTable = linked ? config.transactions.flatMap {
            try? DatasetTable(source: $0.source, projectDirectory: projectDirectory, role: "transactions")
        } : nil
        var (fold, responsesQuality) = try loader.fold(empty, threads: reading.threads, minimumChunkBytes: reading.minimumChunkBytes,
                                                       add: { $0.add($1, text: textAnalyzer) },
                                                       finishChunk: { $0.finishChunk() }, merge: { $0.merge($1) },
                                                       beside: splitAheadWork(config.touchpoints == nil ? transactionTable : touchpointTable,
                                                                              reading))
        let customers = loader.customerInterner ?? SharedInterner()
        let touchpointLoader = try config.touchpoints.map {
            try TouchpointLoader(dataset: $0, projectDirectory: projectDirectory, customers: customers, opened: touchpointTable)
        }
        // Each customer's latest rating (for the journey's peak-end fit and the CRM link),
        // taken out of the fold, so finishing adds the last rows in place, not to a copy
        // of the table.
        var ratings: CustomerRatings?
        if let batched = fold.ratings.take() { ratings = (consume batched).finished().ratings }
        let folded = fold, quality = responsesQuality
        let settings = AnalysisSettings(config)
        let segmentNames = loader.segmentNames, segmentValues = loader.segmentValues, driverNames = loader.driverNames
        let expectationNames = dataset.expectations.map(\.name), sacrificeNames = dataset.sacrifices.map(\.name)
        let gapScale = dataset.expectations.first?.scale, outcomeName = dataset.outcome?.column.name
        let journeyScale = config.touchpoints.map { $0.emotion?.range ?? -1...1 }
        // The responses' results beside the next file's read.
        let responseResults = BackgroundResult { () -> ResponseAnalysis in
            var analysis = ResponseAnalysis(statistics: folded.statistics, segmentNames: segmentNames, segmentValues: segmentValues,
                                            driverNames: driverNames, expectationNames: expectationNames,
                                            sacrificeNames: sacrificeNames, dataQuality: quality, settings: settings)
            analysis.gapScale = gapScale
            analysis.outcomeName = outcomeName
            analysis.journeyScale = journeyScale
            analysis.text = folded.text.map {
                TextResult($0, segmentNames: segmentNames, segmentValues: segmentValues, settings: settings)
            }
            return analysis
        }
        // Freed blocks of the responses' fold go back to the system before the next file's
        // tables are made (`FreedMemory`); again after the journey's and the CRM link's.
        FreedMemory.returnToSystem()
        // The transactions' loader is made while the journey's results are computed (when
        // there are touchpoints).
        var transactionLoader: TransactionLoader?
        func openTransactions() throws {
            guard let transactions = config.transactions, ratings != nil else { return }
            transactionLoader = try TransactionLoader(dataset: transactions, projectDirectory: projectDirectory, customers: customers,
                                                      opened: transactionTable)
        }
        var linkedDataQuality: [DataQuality] = []
        var journeyResult: CustomerJourney?
        if let touchpointLoader {
            let (result, journeyQuality) = try journey(touchpointLoader, customers: customers, ratings: ratings, settings: settings,
                                                       reading: reading, splitting: splitAheadWork(transactionTable, reading),
                                                       beside: openTransactions)
            journeyResult = result
            linkedDataQuality.append(journeyQuality)
            FreedMemory.returnToSystem()  // the journey's tables are freed by now: they lived in `journey`
        } else {
            try openTransactions()
        }
        var purchases: CRMImpactStatistics?
        var crm: BackgroundResult<CRMImpact>?
        if let crmLoader = transactionLoader, let ratings {
            let window = PurchaseWindow(daysBefore: config.crmDaysBefore, daysAfter: config.crmDaysAfter)
            let (statistics, crmQuality) = try crmLoader.fold(CRMImpactStatistics(ratings: ratings, window: window),
                                                              threads: reading.threads, minimumChunkBytes: reading.minimumChunkBytes,
                                                              addRows: { $0.add(batch: $1) }, merge: { $0.merge($1) })
            linkedDataQuality.append(crmQuality)
            FreedMemory.returnToSystem()  // the chunks' tables, merged into the first
            // The CRM link's results beside the follow-up list: both only read the table.
            crm = BackgroundResult { CRMImpact(statistics, settings: settings) }
            purchases = statistics
        }
        // Last, so the list can be ordered by each customer's revenue at risk. Only the
        // listed customers' ids are copied out of the interner (none when the list is
        // withheld), on a thread of their own while the list is ordered.
        let listed = config.publishFollowUp ? folded.followUp.customers : CodeSet()
        let ids = BackgroundResult { customers.snapshot(including: listed.contains) }
        let followUp = FollowUpList(folded.followUp, customers: ids.value,
                                    segmentNames: segmentNames, segmentValues: segmentValues,
                                    valueAtRisk: purchases?.revenueByCustomer, suppressed: !config.publishFollowUp)
        var analysis = responseResults.value
        analysis.linkedDataQuality.append(contentsOf: linkedDataQuality)
        analysis.journey = journeyResult
        analysis.crm = crm?.value
        analysis.followUp = followUp
        return analysis
    }

    /// The peak-end fit in parts of the customer codes (`PeakEndFit.Part`), taken by
    /// whichever core is free: the fit took about 27 ms of one core on the 1M-row sample,
    /// while the thread that makes the journey's other results was done in 10 and then
    /// waited, and the other core with it. The parts' exact sums add up to one pass's.
    private static func peakEndFit(_ statistics: JourneyStatistics, ratings: CustomerRatings,
                                   settings: AnalysisSettings) -> PeakEndFit {
        let ranges = PeakEndFit.codeRanges(ratings, count: 8)
        var parts = [PeakEndFit.Part?](repeating: nil, count: ranges.count)
        parts.withUnsafeMutableBufferPointer { parts in
            nonisolated(unsafe) let parts = parts  // each part is written by its own iteration only
            DispatchQueue.concurrentPerform(iterations: ranges.count) { index in
                parts[index] = PeakEndFit.Part(statistics, ratings: ratings, codes: ranges[index])
            }
        }
        return PeakEndFit(parts: parts.map { $0! }, settings: settings)
    }

    /// `table`'s split for its parallel read as work for the threads of the read before it
    /// (`DatasetTable.splitAheadWork`); none without a table.
    private static func splitAheadWork(_ table: DatasetTable?, _ reading: Reading) -> SideWork {
        table?.splitAheadWork(parts: reading.threads, minimumChunk: reading.minimumChunkBytes) ?? SideWork()
    }

    /// Reads the touchpoints with `loader` and turns them into the journey's results; its
    /// tables (the customer table alone is 32 bytes a customer) are freed when it returns.
    /// `splitting` is done by the read's threads as they finish their chunks (the next
    /// file's split); `beside` runs on this thread after the read, while the peak-end fit is
    /// made on another.
    private static func journey(_ loader: TouchpointLoader, customers: SharedInterner, ratings: CustomerRatings?,
                                settings: AnalysisSettings, reading: Reading, splitting: SideWork,
                                beside: () throws -> Void) throws -> (CustomerJourney, DataQuality) {
        let empty = JourneyStatistics(scale: loader.dataset.emotion?.range ?? -1...1, expectedCustomers: customers.count)
        let (statistics, quality) = try loader.fold(empty, threads: reading.threads, minimumChunkBytes: reading.minimumChunkBytes,
                                                    addRows: { $0.add(batch: $1) }, merge: { $0.merge($1) }, beside: splitting)
        // The peak-end fit (a pass over the customers in code order) beside the touchpoints
        // (a pass over the customer table): both only read it.
        let fit = ratings.map { ratings in BackgroundResult { peakEndFit(statistics, ratings: ratings, settings: settings) } }
        try beside()
        var journey = CustomerJourney(statistics, touchpointNames: loader.touchpointValues,
                                      labelNames: loader.emotionLabelValues, ratings: nil, settings: settings)
        journey.peakEnd = fit?.value
        return (journey, quality)
    }
}
