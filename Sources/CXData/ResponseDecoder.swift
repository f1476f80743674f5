/// Where each mapped role of the responses dataset is: its column in the file and
/// its slot in the data-quality table. Resolved once per load, shared by all chunks.
struct ResponsePlan: Sendable {
    struct Field: Sendable {
        var column: Int
        var slot: Int
    }

    /// A rating column and its scale (no strings: rows read it in the hot loop).
    struct Rated: Sendable {
        var field: Field
        var scale: ClosedRange<Int>
    }

    struct Pair: Sendable {
        var first: Field
        var second: Field
        var scale: ClosedRange<Double>?
    }

    /// How messages name a column's values ("staff rating", "expected reliability rating").
    struct Names: Sendable {
        var name: String
        var firstLabel: String
        var secondLabel: String
    }

    var headerCount = 0
    var headerLine = 1
    var customer, date, weight, nps, csat, ces, outcome, text: Field?
    var csatScale = 1...5, cesScale = 1...7
    var segments: [Field] = []
    var drivers: [Rated] = []
    var driverNames: [Names] = []
    var expectations: [Pair] = []
    var expectationNames: [Names] = []
    var sacrifices: [Pair] = []
    var sacrificeNames: [Names] = []
    /// Lower-cased positive answers, then negative ones when declared.
    var outcomeChoices: [[[UInt8]]] = []
    var outcomeLabel = ""
    var roles: [(role: String, column: String)] = []
}

/// Turns records into `ResponseRow`s for one chunk of a load: checks each mapped
/// value against its role, codes categories through the load's shared interners,
/// and counts what it found.
struct ResponseDecoder {
    let plan: ResponsePlan
    var checker: ValueChecker
    var segmentCoders: [ChunkCoder]
    var customerCoder: ChunkCoder?
    /// Rows with both values, per expectation pair then per sacrifice pair.
    var completePairs: [Int]
    let delimiter: UInt8

    init(plan: ResponsePlan, source: DatasetSource, delimiter: UInt8, segments: [SharedInterner], customers: SharedInterner?) {
        self.plan = plan
        self.delimiter = delimiter
        checker = ValueChecker(quality: DataQuality(file: source.file, roles: plan.roles), source: source,
                               decimalComma: delimiter != UInt8(ascii: ","))
        segmentCoders = segments.map { ChunkCoder(shared: $0) }
        customerCoder = customers.map { ChunkCoder(shared: $0) }
        completePairs = [Int](repeating: 0, count: plan.expectations.count + plan.sacrifices.count)
    }

    func makeRow() -> ResponseRow {
        ResponseRow(segmentCount: plan.segments.count, driverCount: plan.drivers.count,
                    expectationCount: plan.expectations.count, sacrificeCount: plan.sacrifices.count)
    }

    /// Fills `row` from `record`; false for a blank line or a row with the wrong
    /// number of fields (counted, and left out of everything).
    mutating func decode(_ record: CSVRecord, into row: inout ResponseRow) -> Bool {
        if record.isBlank { checker.quality.blankLines += 1; return false }
        checker.quality.rowsRead += 1
        guard record.count == plan.headerCount else {
            checker.quality.malformedRows += 1
            let shown = Character(Unicode.Scalar(delimiter))
            checker.quality.record(Diagnostic(
                .error, at: SourceLocation(file: checker.file, line: record.line, column: min(record.count, plan.headerCount) + 1),
                "the row has \(record.count) fields but the header on line \(plan.headerLine) has \(plan.headerCount)",
                hint: "quote fields that contain \"\(shown)\" or line breaks; the row is left out"))
            return false
        }
        row.line = record.line
        row.weight = 1
        if let field = plan.weight { row.weight = checker.weight(record, field.column, slot: field.slot) }
        row.date = nil
        if let field = plan.date { row.date = checker.date(record, field.column, slot: field.slot) }
        row.nps = nil
        if let field = plan.nps {
            row.nps = checker.score(record, field.column, slot: field.slot, scale: 0...10, label: "likelihood-to-recommend")
        }
        row.csat = nil
        if let field = plan.csat { row.csat = checker.score(record, field.column, slot: field.slot, scale: plan.csatScale, label: "satisfaction") }
        row.ces = nil
        if let field = plan.ces { row.ces = checker.score(record, field.column, slot: field.slot, scale: plan.cesScale, label: "effort") }
        for index in plan.segments.indices {
            let field = plan.segments[index]
            row.segments[index] = checker.category(record, field.column, slot: field.slot, coder: &segmentCoders[index])
        }
        for index in plan.drivers.indices {
            let driver = plan.drivers[index]
            row.drivers[index] = checker.score(record, driver.field.column, slot: driver.field.slot, scale: driver.scale,
                                               label: plan.driverNames[index].firstLabel).map(Double.init) ?? .nan
        }
        if let field = plan.customer, customerCoder != nil {
            row.customer = checker.category(record, field.column, slot: field.slot, coder: &customerCoder!)
        }
        if let field = plan.outcome { row.outcome = outcome(record, field) }
        if !plan.expectations.isEmpty || !plan.sacrifices.isEmpty { decodePairs(record, into: &row) }
        if let field = plan.text { row.comment = checker.text(record, field.column, slot: field.slot) }
        return true
    }

    private mutating func outcome(_ record: CSVRecord, _ field: ResponsePlan.Field) -> Bool? {
        guard let index = checker.choice(record, field.column, slot: field.slot, among: plan.outcomeChoices) else { return nil }
        if index == 0 { return true }
        if index == 1 || plan.outcomeChoices.count == 1 { return false }
        checker.invalid(record, field.column, slot: field.slot, expected: "one of the answers listed for the outcome (\(plan.outcomeLabel))",
                        hint: "add the answer to `positive:` or `negative:` under `outcome:` in cxreport.yml, or to `missing:`")
        return nil
    }

    private mutating func decodePairs(_ record: CSVRecord, into row: inout ResponseRow) {
        for index in plan.expectations.indices {
            let pair = plan.expectations[index]
            let value = ScorePair(
                expected: checker.number(record, pair.first.column, slot: pair.first.slot, range: pair.scale, label: plan.expectationNames[index].firstLabel),
                actual: checker.number(record, pair.second.column, slot: pair.second.slot, range: pair.scale,
                                       label: plan.expectationNames[index].secondLabel))
            if value.isComplete { completePairs[index] += 1 }
            row.expectations[index] = value
        }
        for index in plan.sacrifices.indices {
            let pair = plan.sacrifices[index]
            let value = ScorePair(
                expected: checker.number(record, pair.first.column, slot: pair.first.slot, range: pair.scale, label: plan.sacrificeNames[index].firstLabel),
                actual: checker.number(record, pair.second.column, slot: pair.second.slot, range: pair.scale,
                                       label: plan.sacrificeNames[index].secondLabel))
            if value.isComplete { completePairs[plan.expectations.count + index] += 1 }
            row.sacrifices[index] = value
        }
    }

    /// The chunk's data quality, with rows used per measure.
    func finish() -> DataQuality {
        var checker = checker
        checker.finishCounts(rows: checker.quality.rowsRead - checker.quality.malformedRows)
        var quality = checker.quality
        func valid(_ field: ResponsePlan.Field?) -> Int? { field.map { quality.columns[$0.slot].valid } }
        var metrics: [DataQuality.MetricUsage] = []
        if let rows = valid(plan.nps) { metrics.append(.init(metric: "nps", rowsUsed: rows)) }
        if let rows = valid(plan.csat) { metrics.append(.init(metric: "csat", rowsUsed: rows)) }
        if let rows = valid(plan.ces) { metrics.append(.init(metric: "ces", rowsUsed: rows)) }
        if let rows = valid(plan.outcome) { metrics.append(.init(metric: "outcome", rowsUsed: rows)) }
        for (index, driver) in plan.drivers.enumerated() {
            metrics.append(.init(metric: "driver: \(plan.driverNames[index].name)", rowsUsed: valid(driver.field) ?? 0))
        }
        for (index, names) in plan.expectationNames.enumerated() {
            metrics.append(.init(metric: "expectation: \(names.name)", rowsUsed: completePairs[index]))
        }
        for (index, names) in plan.sacrificeNames.enumerated() {
            metrics.append(.init(metric: "sacrifice: \(names.name)", rowsUsed: completePairs[plan.expectations.count + index]))
        }
        quality.metrics = metrics
        return quality
    }
}
