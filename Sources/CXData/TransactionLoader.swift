import Foundation

/// Reads the transactions dataset and streams typed, validated rows to a consumer,
/// with the same column resolution, validation and `DataQuality` as responses.
///
/// Pass the responses loader's customer interner as `customers` to give the same
/// customer the same code in both datasets (the CRM join needs no strings).
public final class TransactionLoader {
    public let dataset: TransactionDataset
    public let table: DatasetTable
    public var customerValues: [String] { customers.values }

    private let customers: SharedInterner
    private let roles: [(role: String, column: String)]
    private let customerField, amountField: (column: Int, slot: Int)
    private let dateField: (column: Int, slot: Int)?

    /// - Parameter opened: the dataset's file already opened (the analysis opens it early
    ///   to split it beside the touchpoints' read, `DatasetTable.splitAheadWork`).
    public init(dataset: TransactionDataset, projectDirectory: String, customers: SharedInterner? = nil,
                opened: DatasetTable? = nil) throws {
        self.dataset = dataset
        table = try opened ?? DatasetTable(source: dataset.source, projectDirectory: projectDirectory, role: "transactions")
        var roles: [(role: String, column: String)] = []
        var slots: [String: Int] = [:]
        for (role, column) in dataset.mappedRoles where slots[column.name] == nil {
            slots[column.name] = roles.count
            roles.append((role, column.name))
        }
        self.roles = roles
        let table = self.table
        func field(_ reference: ColumnReference) throws -> (column: Int, slot: Int) {
            (try table.column(reference), slots[reference.name]!)
        }
        if let id = dataset.id { _ = try field(id) }
        customerField = try field(dataset.customer)
        amountField = try field(dataset.amount)
        dateField = try dataset.date.map(field)
        self.customers = customers ?? SharedInterner()
    }

    /// Reads every data row, calls `body` with each well-formed row, and returns what
    /// was wrong with the data.
    public func forEachRow(_ body: (TransactionRow) throws -> Void) throws -> DataQuality {
        let table = self.table
        return try ValueChecker.checked(read(nil, body), table: table)
    }

    /// `fold(_:threads:minimumChunkBytes:add:merge:)` with the rows handed over a batch at a
    /// time (at most `RowBatches.size`, in file order, valid only during the call), for
    /// statistics that look customers up a batch at a time (the journey, the CRM link).
    public func fold<Partial: Sendable>(
        _ initial: Partial, threads: Int = ProcessInfo.processInfo.activeProcessorCount, minimumChunkBytes: Int = 1 << 20,
        addRows: @Sendable (inout Partial, UnsafeBufferPointer<TransactionRow>) -> Void, merge: (inout Partial, Partial) -> Void
    ) throws -> (result: Partial, quality: DataQuality) {
        let loader = UnsafeSendable(self)
        return try ChunkedFold.fold(initial, table: table, threads: threads, minimumChunkBytes: minimumChunkBytes,
                                    read: { chunk, body in try RowBatches.batching(body) { try loader.value.read(chunk, $0) } },
                                    addRows: addRows, merge: merge)
    }

    /// Folds every well-formed row into per-chunk partial results on up to `threads`
    /// threads and merges them in file order (as `ResponseLoader.fold`): a large CSV file
    /// is read on all cores; JSON, small files, or a failed split are read in one pass.
    /// Customer codes come from the shared interner, so the partials merge without remapping.
    public func fold<Partial: Sendable>(
        _ initial: Partial, threads: Int = ProcessInfo.processInfo.activeProcessorCount, minimumChunkBytes: Int = 1 << 20,
        add: @Sendable (inout Partial, TransactionRow) -> Void, merge: (inout Partial, Partial) -> Void
    ) throws -> (result: Partial, quality: DataQuality) {
        try fold(initial, threads: threads, minimumChunkBytes: minimumChunkBytes,
                 addRows: { partial, rows in for row in rows { add(&partial, row) } }, merge: merge)
    }

    /// Decodes the records of `chunk` (of the whole file when nil) and
    /// returns their tally. Only the shared interner is touched, under its lock.
    private func read(_ chunk: CSVChunk?,
                      _ body: (TransactionRow) throws -> Void) throws -> DataQuality {
        var state = DecodeState(checker: ValueChecker(quality: DataQuality(file: dataset.source.file, roles: roles), source: dataset.source,
                                                      decimalComma: table.dialect.delimiter != UInt8(ascii: ",")),
                                coder: ChunkCoder(shared: customers))
        let table = self.table
        // The state goes in as `inout`, not captured: a local function that captures
        // variables and is called per record had every access to them checked for
        // exclusivity at run time.
        func decode(_ record: CSVRecord, _ state: inout DecodeState) throws {
            guard state.checker.acceptRecord(record, headerCount: table.header.count, headerLine: table.headerLine,
                                             delimiter: table.dialect.delimiter) else { return }
            state.row.line = record.line
            state.row.customer = state.checker.category(record, customerField.column, slot: customerField.slot, coder: &state.coder)
            let amount = state.checker.decimal(record, amountField.column, slot: amountField.slot, range: nil, label: "amount")
            state.row.amount = amount?.value ?? .nan
            state.row.amountThousandths = amount?.units(places: 3)
            if let dateField { state.row.date = state.checker.date(record, dateField.column, slot: dateField.slot) } else { state.row.date = nil }
            try body(state.row)
        }
        if let chunk {
            try table.forEachRecord(in: chunk) { try decode($0, &state) }
        } else {
            try table.forEachRecord { try decode($0, &state) }
        }
        return state.checker.finishChunk(metrics: ["amount": amountField.slot])
    }

    /// What decoding one chunk keeps from record to record.
    private struct DecodeState {
        var checker: ValueChecker
        var coder: ChunkCoder
        var row = TransactionRow()
    }
}
