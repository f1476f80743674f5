import Foundation

/// Reads the survey responses dataset named in cxreport.yml and streams typed,
/// validated rows to a consumer.
///
/// Opening the loader reads the header and resolves every mapped column, so a
/// misspelt column fails before any row is read, with the place in cxreport.yml
/// where it was named and the closest real column as a hint.
public final class ResponseLoader {
    public let dataset: ResponseDataset
    /// The header as written, in file order.
    public let header: [String]
    /// Distinct values seen so far in each segment column, indexed by `ResponseRow.segments` codes.
    public var segmentValues: [[String]] { interners.map(\.values) }
    public var segmentNames: [String] { dataset.segments.map(\.name) }
    public var driverNames: [String] { dataset.drivers.map(\.column.name) }

    private let reader: CSVReader
    private let headerLine: Int
    private var interners: [CategoryInterner]
    private let missing: [[UInt8]]
    private let decimalComma: Bool

    private struct Field { let index: Int; let name: String }
    private let idField, dateField, weightField, npsField, csatField, cesField: Field?
    private let segmentFields: [Field]
    private let driverFields: [Field]

    /// Opens `dataset.file` relative to `projectDirectory` and resolves the columns.
    public init(dataset: ResponseDataset, projectDirectory: String) throws {
        self.dataset = dataset
        let path = (projectDirectory as NSString).appendingPathComponent(dataset.file)
        do {
            reader = try CSVReader(path: path, displayPath: dataset.file, dialect: dataset.dialect)
        } catch let error as DataError where error.reason == .fileNotFound {
            throw DataError(.fileNotFound, at: dataset.fileLocation,
                            hint: "the responses dataset \"\(dataset.file)\" does not exist; fix `file:` or add the file")
        }
        decimalComma = reader.dialect.delimiter != UInt8(ascii: ",")
        var headerRecord: [String]?
        var line = 1
        try reader.forEachFirstRecord { record in
            line = record.line
            headerRecord = (0..<record.count).map { record.displayString($0).trimmingSpaces() }
        }
        guard let header = headerRecord, !(header.count == 1 && header[0].isEmpty) else {
            throw DataError(.emptyFile, at: SourceLocation(file: dataset.file, line: 1))
        }
        self.header = header
        headerLine = line
        missing = dataset.missingValues.map { Array($0.utf8) }

        func resolve(_ reference: ColumnReference?) throws -> Field? {
            guard let reference else { return nil }
            guard let index = header.firstIndex(of: reference.name) else {
                let suggestion = ClosestName.suggestion(for: reference.name, among: header)
                throw DataError(.unknownColumn(name: reference.name, dataset: dataset.file), at: reference.location,
                                hint: suggestion.map { "did you mean \"\($0)\"?" }
                                    ?? "the columns are: \(header.prefix(20).joined(separator: ", "))")
            }
            return Field(index: index, name: reference.name)
        }
        idField = try resolve(dataset.id)
        dateField = try resolve(dataset.date)
        weightField = try resolve(dataset.weight)
        npsField = try resolve(dataset.nps)
        csatField = try resolve(dataset.csat?.column)
        cesField = try resolve(dataset.ces?.column)
        segmentFields = try dataset.segments.map { try resolve($0)! }
        driverFields = try dataset.drivers.map { try resolve($0.column)! }
        _ = try resolve(dataset.customer)
        _ = try resolve(dataset.text)
        interners = dataset.segments.map { _ in CategoryInterner() }
    }

    /// Reads every data row, calls `body` with each valid typed row, and returns what
    /// was wrong with the data. Invalid values become missing for that measure only.
    public func forEachRow(_ body: (ResponseRow) throws -> Void) throws -> DataQuality {
        let mapped = dataset.mappedColumns.map(\.name)
        var quality = DataQuality(file: dataset.file, columns: mapped)
        let columnSlot = Dictionary(mapped.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var row = ResponseRow(segmentCount: segmentFields.count, driverCount: driverFields.count)
        let file = dataset.file
        let headerCount = header.count

        func isMissing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var start = 0, end = bytes.count
            while start < end && bytes[start] == 0x20 { start += 1 }
            while end > start && bytes[end - 1] == 0x20 { end -= 1 }
            let trimmed = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if trimmed.isEmpty { return true }
            for value in missing where value.count == trimmed.count && value.elementsEqual(trimmed) {
                return true
            }
            return false
        }

        func problem(_ record: CSVRecord, _ field: Field, expected: String, hint: String) {
            quality.columns[columnSlot[field.name]!].invalid += 1
            quality.record(DataError(.invalidValue(value: record.displayString(field.index), column: field.name, expected: expected),
                                     at: SourceLocation(file: file, line: record.line, column: field.index + 1), hint: hint).diagnostic)
        }

        /// A whole number within `scale`; nil for missing or invalid (invalid is recorded).
        func score(_ record: CSVRecord, _ field: Field?, _ scale: ClosedRange<Int>, _ label: String) -> Int? {
            guard let field else { return nil }
            return record.withBytes(field.index) { bytes in
                if isMissing(bytes) { quality.columns[columnSlot[field.name]!].missing += 1; return nil }
                guard let value = ByteNumber.parseInt(bytes), scale.contains(value) else {
                    problem(record, field, expected: "a whole number on the \(scale.lowerBound)–\(scale.upperBound) scale",
                            hint: "use a \(label) score from \(scale.lowerBound) to \(scale.upperBound), or list the value under `missing:` in cxreport.yml")
                    return nil
                }
                return value
            }
        }

        var isHeader = true
        try reader.forEachRecord { record in
            if isHeader { isHeader = false; return }
            if record.isBlank { quality.blankLines += 1; return }
            quality.rowsRead += 1
            guard record.count == headerCount else {
                quality.malformedRows += 1
                quality.record(Diagnostic(.error, at: SourceLocation(file: file, line: record.line, column: min(record.count, headerCount) + 1),
                                          "the row has \(record.count) fields but the header on line \(headerLine) has \(headerCount)",
                                          hint: "quote fields that contain \"\(Character(Unicode.Scalar(reader.dialect.delimiter)))\" or line breaks; the row is left out"))
                return
            }
            row.line = record.line
            row.weight = 1
            if let field = weightField {
                row.weight = record.withBytes(field.index) { bytes in
                    if isMissing(bytes) { quality.columns[columnSlot[field.name]!].missing += 1; return 0 }
                    guard let value = ByteNumber.parseDouble(bytes, decimalComma: decimalComma), value >= 0 else {
                        problem(record, field, expected: "a weight (a number of at least 0)",
                                hint: "survey weights are non-negative numbers; the row counts with weight 0")
                        return 0
                    }
                    return value
                }
            }
            row.date = nil
            if let field = dateField {
                row.date = record.withBytes(field.index) { bytes in
                    if isMissing(bytes) { quality.columns[columnSlot[field.name]!].missing += 1; return nil }
                    guard let date = CalendarDate.parse(bytes, format: dataset.dateFormat) else {
                        problem(record, field, expected: "a date written \(dataset.dateFormat.rawValue)",
                                hint: "write dates as \(dataset.dateFormat.rawValue), or set `date_format:` for the dataset")
                        return nil
                    }
                    return date
                }
            }
            row.nps = score(record, npsField, 0...10, "likelihood-to-recommend")
            row.csat = score(record, csatField, dataset.csat?.scale ?? 1...5, "satisfaction")
            row.ces = score(record, cesField, dataset.ces?.scale ?? 1...7, "effort")
            for (slot, field) in segmentFields.enumerated() {
                row.segments[slot] = record.withBytes(field.index) { bytes in
                    if isMissing(bytes) { quality.columns[columnSlot[field.name]!].missing += 1; return -1 }
                    guard let code = interners[slot].code(for: bytes) else {
                        problem(record, field, expected: "valid UTF-8 text", hint: "save the file as UTF-8")
                        return -1
                    }
                    return code
                }
            }
            for (slot, field) in driverFields.enumerated() {
                let scale = dataset.drivers[slot].scale
                row.drivers[slot] = score(record, field, scale, "\(field.name) rating").map(Double.init) ?? .nan
            }
            try body(row)
        }
        return quality
    }
}

extension CSVReader {
    /// Reads only the first record (the header).
    func forEachFirstRecord(_ body: (CSVRecord) throws -> Void) throws {
        struct Stop: Error {}
        do {
            try forEachRecord { record in
                try body(record)
                throw Stop()
            }
        } catch is Stop {}
    }
}
