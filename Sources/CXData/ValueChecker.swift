/// Checks field values against the role of their column and keeps the tally in a
/// `DataQuality`: each value is valid, missing (empty, listed under `missing:` or
/// under the column's `not_applicable:`), or invalid — counted, and reported with its
/// place, the value and a hint while there is room for diagnostics.
///
/// Valid values are not counted one by one: `finishCounts(rows:)` derives them from
/// the rows checked minus the missing, not-applicable and invalid ones.
///
/// Every check reads the field's bytes in place; only a value that is reported, a
/// new category, or mapped free text becomes a `String`. One checker serves one
/// chunk of a file; chunks merge their `quality`.
struct ValueChecker {
    var quality: DataQuality
    let file: String
    let decimalComma: Bool
    let dateFormat: CalendarDate.Format
    private let missing: [[UInt8]]
    /// For each first byte, whether some `missing:` value starts with it.
    private let missingStarts: [Bool]
    /// Per quality slot, the column's not-applicable codes.
    private let notApplicable: [[[UInt8]]]
    private let anyNotApplicable: Bool

    init(quality: DataQuality, source: DatasetSource, decimalComma: Bool) {
        self.quality = quality
        file = source.file
        self.decimalComma = decimalComma
        dateFormat = source.dateFormat
        missing = source.missingValues.map { Array($0.trimmingSpaces().utf8) }.filter { !$0.isEmpty }
        var starts = [Bool](repeating: false, count: 256)
        for value in missing { starts[Int(value[0])] = true }
        missingStarts = starts
        notApplicable = quality.columns.map { column in
            (source.notApplicable[column.column] ?? []).map { Array($0.trimmingSpaces().utf8) }
        }
        anyNotApplicable = notApplicable.contains { !$0.isEmpty }
    }

    /// Sets each column's valid count: every well-formed row has one value per column.
    mutating func finishCounts(rows: Int) {
        for index in quality.columns.indices {
            let column = quality.columns[index]
            quality.columns[index].valid = rows - column.missing - column.invalid - column.notApplicable
        }
    }

    /// The field's bytes without surrounding spaces, or nil when it means "no answer"
    /// (the missing value is counted).
    @inline(__always)
    mutating func present(_ raw: UnsafeBufferPointer<UInt8>, slot: Int) -> UnsafeBufferPointer<UInt8>? {
        var start = 0, end = raw.count
        while start < end && raw[start] == 0x20 { start += 1 }
        while end > start && raw[end - 1] == 0x20 { end -= 1 }
        if start == end { quality.columns[slot].missing += 1; return nil }
        let bytes = UnsafeBufferPointer(rebasing: raw[start..<end])
        if missingStarts[Int(bytes[0])] {
            for value in missing where value.count == bytes.count && memcmp(value, bytes.baseAddress!, bytes.count) == 0 {
                quality.columns[slot].missing += 1
                return nil
            }
        }
        if anyNotApplicable {
            for value in notApplicable[slot] where value.count == bytes.count && memcmp(value, bytes.baseAddress!, bytes.count) == 0 {
                quality.columns[slot].notApplicable += 1
                return nil
            }
        }
        return bytes
    }

    /// Counts an invalid value and reports it while there is room.
    mutating func invalid(_ record: CSVRecord, _ column: Int, slot: Int, expected: String, hint: String) {
        quality.columns[slot].invalid += 1
        guard quality.diagnostics.count < DataQuality.maximumDiagnostics else { return }
        let name = quality.columns[slot].column
        quality.record(DataError(.invalidValue(value: record.displayString(column), column: name, expected: expected),
                                 at: record.location(ofField: column, file: file), hint: hint).diagnostic)
    }

    /// A whole number within `scale`; nil when missing or invalid.
    @inline(__always)
    mutating func score(_ record: CSVRecord, _ column: Int, slot: Int, scale: ClosedRange<Int>, label: @autoclosure () -> String) -> Int? {
        let value: Int?? = record.withBytes(column) { raw in
            guard let bytes = present(raw, slot: slot) else { return .some(nil) }
            // One or two plain digits: the common case, read directly.
            var number: Int?
            if bytes.count == 1, bytes[0] &- 0x30 < 10 {
                number = Int(bytes[0] &- 0x30)
            } else if bytes.count == 2, bytes[0] &- 0x30 < 10, bytes[1] &- 0x30 < 10 {
                number = Int(bytes[0] &- 0x30) * 10 + Int(bytes[1] &- 0x30)
            } else {
                number = ByteNumber.parseInt(bytes)
            }
            guard let number, scale.contains(number) else { return nil }
            return .some(number)
        }
        guard let value else {
            invalid(record, column, slot: slot, expected: "a whole number on the \(scale.lowerBound)–\(scale.upperBound) scale",
                    hint: "use a \(label()) score from \(scale.lowerBound) to \(scale.upperBound), or list the value under `missing:` in cxreport.yml")
            return nil
        }
        return value
    }

    /// A finite number, within `range` when one is given; NaN when missing or invalid.
    mutating func number(_ record: CSVRecord, _ column: Int, slot: Int, range: ClosedRange<Double>?, label: @autoclosure () -> String) -> Double {
        decimal(record, column, slot: slot, range: range, label: label())?.value ?? .nan
    }

    /// `number`, with the decimal as it was written (`DecimalNumber`), for values summed
    /// exactly as decimals (amounts, valences); nil when missing or invalid.
    mutating func decimal(_ record: CSVRecord, _ column: Int, slot: Int, range: ClosedRange<Double>?,
                          label: @autoclosure () -> String) -> DecimalNumber? {
        let value: DecimalNumber?? = record.withBytes(column) { raw in
            guard let bytes = present(raw, slot: slot) else { return .some(nil) }
            let number: DecimalNumber?
            // One or two plain digits, the common case for ratings and days, read directly.
            if bytes.count == 1, bytes[0] &- 0x30 < 10 {
                number = DecimalNumber(whole: Int(bytes[0] &- 0x30))
            } else if bytes.count == 2, bytes[0] &- 0x30 < 10, bytes[1] &- 0x30 < 10 {
                number = DecimalNumber(whole: Int(bytes[0] &- 0x30) * 10 + Int(bytes[1] &- 0x30))
            } else {
                number = ByteNumber.parseDecimal(bytes, decimalComma: decimalComma)
            }
            guard let number, range?.contains(number.value) ?? true else { return nil }
            return .some(number)
        }
        guard let value else {
            let expected = range.map { "a number from \(DataQuality.text($0.lowerBound)) to \(DataQuality.text($0.upperBound))" } ?? "a number"
            invalid(record, column, slot: slot, expected: expected,
                    hint: "write the \(label()) as \(expected) with \".\" for decimals, or list the value under `missing:` in cxreport.yml")
            return nil
        }
        return value
    }

    /// A survey weight: a number of at least 0; 0 when missing or invalid, so the row
    /// counts for nothing rather than for one.
    mutating func weight(_ record: CSVRecord, _ column: Int, slot: Int) -> Double {
        let value: Double?? = record.withBytes(column) { raw in
            guard let bytes = present(raw, slot: slot) else { return .some(nil) }
            guard let number = ByteNumber.parseDouble(bytes, decimalComma: decimalComma), number >= 0 else { return nil }
            return .some(number)
        }
        guard let value else {
            invalid(record, column, slot: slot, expected: "a weight (a number of at least 0)",
                    hint: "survey weights are non-negative numbers; the row counts with weight 0")
            return 0
        }
        guard let number = value else { return 0 }
        return number
    }

    mutating func date(_ record: CSVRecord, _ column: Int, slot: Int) -> CalendarDate? {
        let format = dateFormat
        let value: CalendarDate?? = record.withBytes(column) { raw in
            guard let bytes = present(raw, slot: slot) else { return .some(nil) }
            guard let date = CalendarDate.parse(bytes, format: format) else { return nil }
            return .some(date)
        }
        guard let value else {
            invalid(record, column, slot: slot, expected: "a date written \(format.rawValue)",
                    hint: "write dates as \(format.rawValue), or set `date_format:` for the dataset")
            return nil
        }
        return value
    }

    /// The global code of a category value; −1 when missing.
    @inline(__always)
    mutating func category(_ record: CSVRecord, _ column: Int, slot: Int, coder: inout ChunkCoder) -> Int32 {
        let value: Int32?? = record.withBytes(column) { raw in
            guard let bytes = present(raw, slot: slot) else { return .some(nil) }
            return coder.code(for: bytes).map { .some($0) } ?? nil
        }
        guard let value else {
            invalid(record, column, slot: slot, expected: "valid UTF-8 text", hint: "save the file as UTF-8")
            return -1
        }
        guard let code = value else { return -1 }
        return code
    }

    /// Free text as a `String`; nil when missing.
    mutating func text(_ record: CSVRecord, _ column: Int, slot: Int) -> String? {
        let value: String? = record.withBytes(column) { raw in
            guard present(raw, slot: slot) != nil else { return nil }
            return String(decoding: raw, as: UTF8.self)
        }
        return value
    }

    /// The index of the list in `choices` (lower-cased byte strings) that holds the
    /// value, compared without regard to ASCII case; `choices.count` when none does;
    /// nil when missing.
    mutating func choice(_ record: CSVRecord, _ column: Int, slot: Int, among choices: [[[UInt8]]]) -> Int? {
        record.withBytes(column) { raw in
            guard let bytes = present(raw, slot: slot) else { return nil }
            for (index, list) in choices.enumerated() {
                for candidate in list where candidate.count == bytes.count {
                    var equal = true
                    for k in 0..<bytes.count where ValueChecker.lower(bytes[k]) != candidate[k] { equal = false; break }
                    if equal { return index }
                }
            }
            return choices.count
        }
    }

    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
}

extension DataQuality {
    /// A bound of a range for messages: whole numbers without ".0".
    static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
