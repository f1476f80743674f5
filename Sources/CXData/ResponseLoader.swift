import Foundation

/// Reads the survey responses dataset named in cxreport.yml and streams typed,
/// validated rows to a consumer.
///
/// Opening the loader reads the header and resolves every mapped column, so a
/// misspelt column fails before any row is read, with the place in cxreport.yml
/// where it was named and the closest real column as a hint. `forEachRow` reads in
/// one pass; `fold` splits a large CSV file into chunks and reads them on all cores.
/// Either way the category codes in rows (segments, customer) are global to the
/// load, so per-chunk statistics merge without remapping.
public final class ResponseLoader {
    public let dataset: ResponseDataset
    /// The opened file: format, export layout, names and labels.
    public let table: DatasetTable
    /// The header as written, in file order.
    public var header: [String] { table.header }
    /// Per column, its label for charts: the question text in a survey export.
    public var labels: [String] { table.labels }
    /// Distinct values seen so far in each segment column, indexed by `ResponseRow.segments` codes.
    public var segmentValues: [[String]] { segmentInterners.map(\.values) }
    public var segmentNames: [String] { dataset.segments.map(\.name) }
    public var driverNames: [String] { dataset.drivers.map(\.column.name) }
    /// The interner that coded the customers (nil when no customer column is mapped):
    /// pass it to the linked loaders so a customer keeps its code. Read it after `fold`,
    /// which starts a fresh one if it has to read the file again in one pass.
    public var customerInterner: SharedInterner? { customers }

    private let plan: ResponsePlan
    private var segmentInterners: [SharedInterner]
    private var customers: SharedInterner?

    /// Opens `dataset.file` relative to `projectDirectory` and resolves the columns.
    /// - Parameter customers: an interner to share customer codes with other loads
    ///   (transactions, touchpoints), so the same customer has the same code.
    public init(dataset: ResponseDataset, projectDirectory: String, customers: SharedInterner? = nil) throws {
        self.dataset = dataset
        table = try DatasetTable(source: dataset.source, projectDirectory: projectDirectory, role: "responses")
        var plan = ResponsePlan()
        plan.headerCount = table.header.count
        plan.headerLine = table.headerLine
        let roles = dataset.mappedRoles
        var slots: [String: Int] = [:]
        for (role, column) in roles where slots[column.name] == nil {
            slots[column.name] = plan.roles.count
            plan.roles.append((role, column.name))
        }
        let table = self.table
        func field(_ reference: ColumnReference?) throws -> ResponsePlan.Field? {
            guard let reference else { return nil }
            return ResponsePlan.Field(column: try table.column(reference), slot: slots[reference.name]!)
        }
        _ = try field(dataset.id)
        plan.customer = try field(dataset.customer)
        plan.date = try field(dataset.date)
        plan.weight = try field(dataset.weight)
        plan.segments = try dataset.segments.map { try field($0)! }
        plan.nps = try field(dataset.nps)
        plan.csat = try field(dataset.csat?.column)
        plan.ces = try field(dataset.ces?.column)
        plan.csatScale = dataset.csat?.scale ?? 1...5
        plan.cesScale = dataset.ces?.scale ?? 1...7
        if let outcome = dataset.outcome {
            plan.outcome = try field(outcome.column)
            let lowered = { (list: [String]) in list.map { Array($0.trimmingSpaces().lowercased().utf8) } }
            plan.outcomeChoices = [lowered(outcome.positive)] + (outcome.negative.map { [lowered($0)] } ?? [])
            plan.outcomeLabel = (outcome.positive + (outcome.negative ?? [])).map { "\"\($0)\"" }.joined(separator: ", ")
        }
        plan.drivers = try dataset.drivers.map { ResponsePlan.Rated(field: try field($0.column)!, scale: $0.scale) }
        plan.driverNames = dataset.drivers.map {
            ResponsePlan.Names(name: $0.column.name, firstLabel: "\($0.column.name) rating", secondLabel: "")
        }
        plan.expectations = try dataset.expectations.map {
            ResponsePlan.Pair(first: try field($0.first)!, second: try field($0.second)!, scale: $0.scale)
        }
        plan.expectationNames = dataset.expectations.map {
            ResponsePlan.Names(name: $0.name, firstLabel: "expected \($0.name) rating", secondLabel: "perceived \($0.name) rating")
        }
        plan.sacrifices = try dataset.sacrifices.map {
            ResponsePlan.Pair(first: try field($0.first)!, second: try field($0.second)!, scale: $0.scale)
        }
        plan.sacrificeNames = dataset.sacrifices.map {
            ResponsePlan.Names(name: $0.name, firstLabel: "wanted \($0.name)", secondLabel: "received \($0.name)")
        }
        plan.text = try field(dataset.text)
        self.plan = plan
        segmentInterners = dataset.segments.map { _ in SharedInterner() }
        self.customers = plan.customer == nil ? nil : (customers ?? SharedInterner())
    }

    private func makeDecoder() -> ResponseDecoder {
        ResponseDecoder(plan: plan, source: dataset.source, delimiter: table.dialect.delimiter,
                        segments: segmentInterners, customers: customers)
    }

    /// Reads every data row in one pass, calls `body` with each valid typed row, and
    /// returns what was wrong with the data. Invalid values become missing for the
    /// measures that need them only.
    public func forEachRow(_ body: (ResponseRow) throws -> Void) throws -> DataQuality {
        var decoder = makeDecoder()
        var row = decoder.makeRow()
        try table.forEachRecord { record in
            if decoder.decode(record, into: &row) { try body(row) }
        }
        return try checked(decoder.finish())
    }

    /// Folds every valid row into per-chunk partial results on up to `threads`
    /// threads and merges them in file order.
    ///
    /// A CSV file is split at quote-aware record boundaries; each chunk gets a copy
    /// of `initial`, its rows are added with `add`, and the partials are combined
    /// with `merge`. Chunks are at least `minimumChunkBytes` long (smaller files are
    /// read in one pass). Should any chunk fail (a malformed file, or a split fooled by a
    /// stray quote), the whole file is read again in one pass, which reports the
    /// first real error where it is. JSON and small files are read in one pass.
    ///
    /// `finishChunk` runs on a chunk's thread after its last row, before the partials
    /// merge: work that `merge` would otherwise do on one thread while the others wait
    /// (rolling pending cells up, say) is done there, in parallel. It should not change
    /// what the partial stands for, so the merged result is the same with or without it.
    ///
    /// `beside` is done by the chunks' threads as they finish (`SideWork`); not at all when
    /// the file is read in one pass.
    public func fold<Partial: Sendable>(
        _ initial: Partial, threads: Int = ProcessInfo.processInfo.activeProcessorCount, minimumChunkBytes: Int = 1 << 20,
        add: @Sendable (inout Partial, ResponseRow) -> Void,
        finishChunk: @Sendable (inout Partial) -> Void = { _ in },
        merge: (inout Partial, Partial) -> Void, beside: SideWork = SideWork()
    ) throws -> (result: Partial, quality: DataQuality) {
        if let chunks = try table.chunks(parts: threads, minimumChunk: minimumChunkBytes) {
            let freshSegments = segmentInterners, freshCustomers = customers
            if var results = foldInParallel(chunks, initial: initial, add: add, finishChunk: finishChunk, beside: beside) {
                let (result, quality) = ChunkedFold.combine(&results, merge: merge)
                return (result, try checked(quality))
            }
            // Start the codes afresh so values from a failed attempt do not linger.
            segmentInterners = freshSegments.map { _ in SharedInterner() }
            if freshCustomers != nil { customers = SharedInterner() }
        }
        var partial = ChunkedFold.startingOver(initial)
        let quality = try forEachRow { add(&partial, $0) }
        return (partial, quality)
    }

    /// Rows decoded before they are added (`foldInParallel`).
    static let batchSize = 256

    /// Reads the chunks on parallel threads; nil when any chunk failed.
    private func foldInParallel<Partial: Sendable>(
        _ chunks: [CSVChunk], initial: Partial, add: @Sendable (inout Partial, ResponseRow) -> Void,
        finishChunk: @Sendable (inout Partial) -> Void, beside: SideWork
    ) -> [(Partial, DataQuality)]? {
        let results = Locked([(Partial, DataQuality)?](repeating: nil, count: chunks.count))
        let failed = Locked(false)
        // Only the decoders go through `UnsafeSendable`: a closure kept in a generic value
        // is re-abstracted to take its row indirectly, through a thunk that copied every
        // row back out of memory.
        let decoders = UnsafeSendable(chunks.map { _ in makeDecoder() })
        let table = self.table
        // Iterations are taken in order, so the chunks first and the side work after them.
        DispatchQueue.concurrentPerform(iterations: chunks.count + beside.items.count) { index in
            guard index < chunks.count else { return beside.items[index - chunks.count]() }
            var decoder = decoders.value[index]
            var partial = initial
            // Rows are decoded a batch at a time, then added: the reader's tables (customer
            // codes, the chunk's category codes) and the fold's stay in the cache for a
            // whole batch each, instead of evicting each other on every row. Each slot's
            // arrays are reused from batch to batch.
            var batch = (0..<Self.batchSize).map { _ in decoder.makeRow() }
            var filled = 0
            do {
                try table.forEachRecord(in: chunks[index]) { record in
                    guard decoder.decode(record, into: &batch[filled]) else { return }
                    filled += 1
                    if filled == batch.count {
                        Self.add(batch, count: filled, to: &partial, add)
                        filled = 0
                    }
                }
                Self.add(batch, count: filled, to: &partial, add)
                finishChunk(&partial)
                let quality = decoder.finish()
                results.update { $0[index] = (partial, quality) }
            } catch {
                failed.update { $0 = true }
            }
        }
        beside.finish()
        if failed.value { return nil }
        return results.value.map { $0! }
    }

    /// Adds the first `count` rows of `batch` to `partial`, each read from the batch's
    /// buffer. The call still copies each row (a retain and a release per array and
    /// comment, five per row): the compiler cannot see that `add` leaves the buffer alone.
    @inline(__always)
    private static func add<Partial>(_ batch: [ResponseRow], count: Int, to partial: inout Partial,
                                     _ add: (inout Partial, ResponseRow) -> Void) {
        batch.withUnsafeBufferPointer { rows in
            for slot in 0..<count { add(&partial, rows[slot]) }
        }
    }

    /// Fails when the file had its header but no data rows at all.
    private func checked(_ quality: DataQuality) throws -> DataQuality {
        if quality.rowsRead == 0 {
            throw DataError(.noDataRows, at: SourceLocation(file: dataset.file, line: table.firstDataLine, column: 1),
                            hint: table.layout == .plain ? "add rows below the header" : "add rows below the \(table.layout.headerRows) header rows, or set `header_rows:`")
        }
        return quality
    }
}

/// Carries values into a `concurrentPerform` body whose workers each touch only their
/// own element; the caller guarantees there is no shared mutation.
struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
