/// One record of a CSV file, as a view over the reader's buffer.
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

    let base: UnsafePointer<UInt8>
    let spans: UnsafeBufferPointer<Span>

    /// The physical line (1-based) on which the record starts.
    public let line: Int

    /// The number of fields; a blank line has one empty field.
    public var count: Int { spans.count }

    /// True for a line with nothing on it (no delimiter, no characters).
    public var isBlank: Bool { spans.count == 1 && spans[0].start == spans[0].end && !spans[0].escaped }

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
