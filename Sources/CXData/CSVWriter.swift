/// Writes RFC 4180 CSV: fields quoted only when they contain the delimiter, a quote
/// or a line break, quotes doubled, LF line ends. Used for sample data, which must be
/// byte-identical for the same seed.
struct CSVWriter {
    var bytes: [UInt8] = []

    init(reserving capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func writeRow(_ fields: [String]) {
        for (position, field) in fields.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            append(field)
        }
        bytes.append(10)
    }

    private mutating func append(_ field: String) {
        let needsQuotes = field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        guard needsQuotes else { bytes.append(contentsOf: field.utf8); return }
        bytes.append(UInt8(ascii: "\""))
        for byte in field.utf8 {
            bytes.append(byte)
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Hands the bytes to `sink` once at least `threshold` have gathered.
    mutating func flush(over threshold: Int, to sink: ([UInt8]) throws -> Void) rethrows {
        guard bytes.count >= threshold, !bytes.isEmpty else { return }
        try sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}
