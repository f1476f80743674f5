/// One record of a CSV file (or one object of a JSON or NDJSON file, whose values
/// the JSON reader lays out the same way), as a view over the reader's buffer.
///
/// A record is valid only inside the closure it is passed to: its fields point into
/// memory the reader reuses for the next record. Read numbers straight from
/// `withBytes`; make a `String` only for values that must outlive the record.
public struct CSVRecord {
    struct Span {
        var start: Int
        var end: Int
        /// The field was quoted and contains `""` pairs that stand for one quote.
        var escaped: Bool
    }

    /// Where a JSON value starts: its own line and character column.
    struct Position {
        var line: Int
        var column: Int
    }

    let base: UnsafePointer<UInt8>
    let spans: UnsafeBufferPointer<Span>
    /// Per-field positions for JSON records; nil for CSV, whose fields are located by
    /// the record's line and the field's index.
    let positions: UnsafePointer<Position>?

    /// The physical line (1-based) on which the record starts.
    public let line: Int

    init(base: UnsafePointer<UInt8>, spans: UnsafeBufferPointer<Span>, line: Int, positions: UnsafePointer<Position>? = nil) {
        self.base = base
        self.spans = spans
        self.line = line
        self.positions = positions
    }

    /// Where field `index` is, for messages: the record's line and the field's
    /// 1-based index in CSV (as spreadsheets number columns), the value's own line
    /// and character column in JSON.
    public func location(ofField index: Int, file: String) -> SourceLocation {
        if let positions {
            let position = positions[index]
            return SourceLocation(file: file, line: position.line, column: position.column)
        }
        return SourceLocation(file: file, line: line, column: index + 1)
    }

    /// The number of fields; a blank line has one empty field.
    public var count: Int { spans.count }

    /// True for a line with nothing on it (no delimiter, no characters).
    public var isBlank: Bool { positions == nil && spans.count == 1 && spans[0].start == spans[0].end && !spans[0].escaped }

    /// Calls `body` with the bytes of field `index` (0-based), with `""` already
    /// turned into `"` and surrounding quotes removed.
    public func withBytes<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let span = spans[index]
        let raw = UnsafeBufferPointer(start: base + span.start, count: span.end - span.start)
        guard span.escaped else { return try body(raw) }
        var unescaped = [UInt8]()
        unescaped.reserveCapacity(raw.count)
        var skipNext = false
        for byte in raw {
            if skipNext { skipNext = false; continue }
            unescaped.append(byte)
            if byte == UInt8(ascii: "\"") { skipNext = true }
        }
        return try unescaped.withUnsafeBufferPointer(body)
    }

    /// The field as text, or nil when its bytes are not valid UTF-8.
    public func string(_ index: Int) -> String? {
        withBytes(index) { String(validating: $0, as: UTF8.self) }
    }

    /// The field as text with invalid UTF-8 sequences replaced by U+FFFD, for messages.
    public func displayString(_ index: Int) -> String {
        withBytes(index) { String(decoding: $0, as: UTF8.self) }
    }
}
