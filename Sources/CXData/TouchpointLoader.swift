import Foundation

/// Reads the touchpoints dataset and streams typed, validated journey events to a
/// consumer, with the same column resolution, validation and `DataQuality` as
/// responses. Stages are read as before/during/after the purchase (or the values the
/// dataset declares for each); emotion valence must lie on the declared scale.
public final class TouchpointLoader {
    public let dataset: TouchpointDataset
    public let table: DatasetTable
    public var customerValues: [String] { customers.values }
    public var touchpointValues: [String] { touchpoints.values }
    public var emotionLabelValues: [String] { emotionLabels.values }

    private let customers = SharedInterner()
    private let touchpoints = SharedInterner()
    private let emotionLabels = SharedInterner()
    private let sharedCustomers: SharedInterner?
    private let roles: [(role: String, column: String)]
    private typealias Field = (column: Int, slot: Int)
    private let stageField, touchpointField: Field
    private let customerField, emotionField, labelField, dateField: Field?
    /// Lower-cased names of each stage, in `JourneyStage` order.
    private let stageChoices: [[[UInt8]]]

    /// - Parameter opened: the dataset's file already opened (the analysis opens it early
    ///   to split it beside the responses' read, `DatasetTable.splitAheadWork`).
    public init(dataset: TouchpointDataset, projectDirectory: String, customers: SharedInterner? = nil,
                opened: DatasetTable? = nil) throws {
        self.dataset = dataset
        table = try opened ?? DatasetTable(source: dataset.source, projectDirectory: projectDirectory, role: "touchpoints")
        var roles: [(role: String, column: String)] = []
        var slots: [String: Int] = [:]
        for (role, column) in dataset.mappedRoles where slots[column.name] == nil {
            slots[column.name] = roles.count
            roles.append((role, column.name))
        }
        self.roles = roles
        let table = self.table
        func field(_ reference: ColumnReference) throws -> Field { (try table.column(reference), slots[reference.name]!) }
        customerField = try dataset.customer.map(field)
        stageField = try field(dataset.stage.column)
        touchpointField = try field(dataset.touchpoint)
        emotionField = try dataset.emotion.map { try field($0.column) }
        labelField = try dataset.emotionLabel.map(field)
        dateField = try dataset.date.map(field)
        stageChoices = JourneyStage.allCases.map { stage in
            ((dataset.stage.values[stage] ?? []) + JourneyStage.defaultNames[stage]!).map { Array($0.trimmingSpaces().lowercased().utf8) }
        }
        sharedCustomers = customers
    }

    /// Reads every data row, calls `body` with each well-formed event, and returns what
    /// was wrong with the data.
    public func forEachRow(_ body: (TouchpointRow) throws -> Void) throws -> DataQuality {
        let table = self.table
        return try ValueChecker.checked(read(nil, body), table: table)
    }

    /// `fold(_:threads:minimumChunkBytes:add:merge:)` with the rows handed over a batch at a
    /// time (at most `RowBatches.size`, in file order, valid only during the call), for
    /// statistics that look customers up a batch at a time (the journey, the CRM link).
    /// `beside` is done by the chunks' threads as they finish (`SideWork`).
    public func fold<Partial: Sendable>(
        _ initial: Partial, threads: Int = ProcessInfo.processInfo.activeProcessorCount, minimumChunkBytes: Int = 1 << 20,
        addRows: @Sendable (inout Partial, UnsafeBufferPointer<TouchpointRow>) -> Void, merge: (inout Partial, Partial) -> Void,
        beside: SideWork = SideWork()
    ) throws -> (result: Partial, quality: DataQuality) {
        let loader = UnsafeSendable(self)
        return try ChunkedFold.fold(initial, table: table, threads: threads, minimumChunkBytes: minimumChunkBytes, beside: beside,
                                    read: { chunk, body in try RowBatches.batching(body) { try loader.value.read(chunk, $0) } },
                                    addRows: addRows, merge: merge)
    }

    /// Folds every well-formed event into per-chunk partial results on up to `threads`
    /// threads and merges them in file order (as `ResponseLoader.fold`): a large CSV file
    /// is read on all cores; JSON, small files, or a failed split are read in one pass.
    /// Customer, touchpoint and label codes are global to the load, so partials merge
    /// without remapping.
    public func fold<Partial: Sendable>(
        _ initial: Partial, threads: Int = ProcessInfo.processInfo.activeProcessorCount, minimumChunkBytes: Int = 1 << 20,
        add: @Sendable (inout Partial, TouchpointRow) -> Void, merge: (inout Partial, Partial) -> Void
    ) throws -> (result: Partial, quality: DataQuality) {
        try fold(initial, threads: threads, minimumChunkBytes: minimumChunkBytes,
                 addRows: { partial, rows in for row in rows { add(&partial, row) } }, merge: merge)
    }

    /// Decodes the records of `chunk` (of the whole file when nil) and
    /// returns their tally. Only the shared interners are touched, under their locks.
    private func read(_ chunk: CSVChunk?,
                      _ body: (TouchpointRow) throws -> Void) throws -> DataQuality {
        var state = DecodeState(checker: ValueChecker(quality: DataQuality(file: dataset.source.file, roles: roles), source: dataset.source,
                                                      decimalComma: table.dialect.delimiter != UInt8(ascii: ",")),
                                customerCoder: ChunkCoder(shared: sharedCustomers ?? customers),
                                touchpointCoder: ChunkCoder(shared: touchpoints), labelCoder: ChunkCoder(shared: emotionLabels))
        let range = dataset.emotion?.range
        let table = self.table
        // The state goes in as `inout`, not captured: a local function that captures
        // variables and is called per record had every access to them checked for
        // exclusivity at run time (about 5% of the CPU time of reading the file).
        func decode(_ record: CSVRecord, _ state: inout DecodeState) throws {
            guard state.checker.acceptRecord(record, headerCount: table.header.count, headerLine: table.headerLine,
                                             delimiter: table.dialect.delimiter) else { return }
            state.row.line = record.line
            state.row.customer = -1
            if let customerField {
                state.row.customer = state.checker.category(record, customerField.column, slot: customerField.slot, coder: &state.customerCoder)
            }
            state.row.stage = stage(record, &state.checker)
            state.row.touchpoint = state.checker.category(record, touchpointField.column, slot: touchpointField.slot,
                                                          coder: &state.touchpointCoder)
            state.row.emotion = .nan
            state.row.emotionMillionths = nil
            if let emotionField {
                let emotion = state.checker.decimal(record, emotionField.column, slot: emotionField.slot, range: range,
                                                    label: "emotion valence")
                state.row.emotion = emotion?.value ?? .nan
                state.row.emotionMillionths = emotion?.units(places: 6)
            }
            state.row.emotionLabel = -1
            if let labelField {
                state.row.emotionLabel = state.checker.category(record, labelField.column, slot: labelField.slot, coder: &state.labelCoder)
            }
            state.row.date = nil
            if let dateField { state.row.date = state.checker.date(record, dateField.column, slot: dateField.slot) }
            try body(state.row)
        }
        if let chunk {
            try table.forEachRecord(in: chunk) { try decode($0, &state) }
        } else {
            try table.forEachRecord { try decode($0, &state) }
        }
        var metrics = ["stage": stageField.slot, "touchpoint": touchpointField.slot]
        if let emotionField { metrics["emotion"] = emotionField.slot }
        return state.checker.finishChunk(metrics: metrics)
    }

    /// What decoding one chunk keeps from record to record.
    private struct DecodeState {
        var checker: ValueChecker
        var customerCoder: ChunkCoder
        var touchpointCoder: ChunkCoder
        var labelCoder: ChunkCoder
        var row = TouchpointRow()
    }

    private func stage(_ record: CSVRecord, _ checker: inout ValueChecker) -> JourneyStage? {
        guard let index = checker.choice(record, stageField.column, slot: stageField.slot, among: stageChoices) else { return nil }
        if index < JourneyStage.allCases.count { return JourneyStage(rawValue: index) }
        checker.invalid(record, stageField.column, slot: stageField.slot, expected: "a journey stage (before, during or after the purchase)",
                        hint: "write before, during or after, or list the dataset's own names under `stage: { column: …, values: { before: […] } }`")
        return nil
    }
}
