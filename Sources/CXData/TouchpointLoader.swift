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

    public init(dataset: TouchpointDataset, projectDirectory: String, customers: SharedInterner? = nil) throws {
        self.dataset = dataset
        table = try DatasetTable(source: dataset.source, projectDirectory: projectDirectory, role: "touchpoints")
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

    /// Folds every well-formed event into per-chunk partial results on up to `threads`
    /// threads and merges them in file order (as `ResponseLoader.fold`): a large CSV file
    /// is read on all cores; JSON, small files, or a failed split are read in one pass.
    /// Customer, touchpoint and label codes are global to the load, so partials merge
    /// without remapping.
    public func fold<Partial: Sendable>(
        _ initial: Partial, threads: Int = ProcessInfo.processInfo.activeProcessorCount, minimumChunkBytes: Int = 1 << 20,
        add: @Sendable (inout Partial, TouchpointRow) -> Void, merge: (inout Partial, Partial) -> Void
    ) throws -> (result: Partial, quality: DataQuality) {
        let loader = UnsafeSendable(self)
        return try ChunkedFold.fold(initial, table: table, threads: threads, minimumChunkBytes: minimumChunkBytes,
                                    read: { try loader.value.read($0, $1) }, add: add, merge: merge)
    }

    /// Decodes the records of `chunk` (of the whole file when nil) and
    /// returns their tally. Only the shared interners are touched, under their locks.
    private func read(_ chunk: CSVChunk?,
                      _ body: (TouchpointRow) throws -> Void) throws -> DataQuality {
        var checker = ValueChecker(quality: DataQuality(file: dataset.source.file, roles: roles), source: dataset.source,
                                   decimalComma: table.dialect.delimiter != UInt8(ascii: ","))
        var customerCoder = ChunkCoder(shared: sharedCustomers ?? customers)
        var touchpointCoder = ChunkCoder(shared: touchpoints)
        var labelCoder = ChunkCoder(shared: emotionLabels)
        let range = dataset.emotion?.range
        var row = TouchpointRow()
        let table = self.table
        func decode(_ record: CSVRecord) throws {
            guard checker.acceptRecord(record, headerCount: table.header.count, headerLine: table.headerLine,
                                       delimiter: table.dialect.delimiter) else { return }
            row.line = record.line
            row.customer = customerField.map { checker.category(record, $0.column, slot: $0.slot, coder: &customerCoder) } ?? -1
            row.stage = stage(record, &checker)
            row.touchpoint = checker.category(record, touchpointField.column, slot: touchpointField.slot, coder: &touchpointCoder)
            row.emotion = emotionField.map { checker.number(record, $0.column, slot: $0.slot, range: range, label: "emotion valence") } ?? .nan
            row.emotionLabel = labelField.map { checker.category(record, $0.column, slot: $0.slot, coder: &labelCoder) } ?? -1
            row.date = dateField.flatMap { checker.date(record, $0.column, slot: $0.slot) }
            try body(row)
        }
        if let chunk { try table.forEachRecord(in: chunk, decode) } else { try table.forEachRecord(decode) }
        var metrics = ["stage": stageField.slot, "touchpoint": touchpointField.slot]
        if let emotionField { metrics["emotion"] = emotionField.slot }
        return checker.finishChunk(metrics: metrics)
    }

    private func stage(_ record: CSVRecord, _ checker: inout ValueChecker) -> JourneyStage? {
        guard let index = checker.choice(record, stageField.column, slot: stageField.slot, among: stageChoices) else { return nil }
        if index < JourneyStage.allCases.count { return JourneyStage(rawValue: index) }
        checker.invalid(record, stageField.column, slot: stageField.slot, expected: "a journey stage (before, during or after the purchase)",
                        hint: "write before, during or after, or list the dataset's own names under `stage: { column: …, values: { before: […] } }`")
        return nil
    }
}
