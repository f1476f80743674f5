#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A streaming reader for datasets written as JSON: one array of objects, or NDJSON
/// (one object per line). Each object becomes a record with the same column model as
/// CSV: the columns are the keys of the first object, in the order written; a later
/// object may leave a key out (a missing value) or add keys no column maps (ignored).
///
/// Strings are unescaped, numbers, `true` and `false` keep their text, `null` is an
/// empty (missing) value, and a nested array or object keeps its JSON text. The file
/// is read in blocks into one buffer, as with CSV; every error names the line and
/// character column where the JSON went wrong.
public final class JSONRecordReader {
    /// How the objects are laid out in the file.
    public enum Layout: Sendable {
        /// `[ {…}, {…} ]`
        case array
        /// `{…}` newline `{…}`: one object per line, blank lines allowed.
        case lines
    }

    public let displayPath: String
    public let layout: Layout
    /// The keys of the first object, in the order written.
    public private(set) var header: [String] = []
    /// Line and column of each header key, for messages.
    public private(set) var headerLine = 1

    let source: ByteSource
    var cursor = Cursor(p: 0, line: 1, column: 1)
    var keys = CategoryInterner(validatesText: false)
    var values: [UInt8] = []
    var spans: [CSVRecord.Span] = []
    var positions: [CSVRecord.Position] = []
    var scratch: [UInt8] = []
    /// Where the reader is between objects of an array.
    var started = false
    var finished = false

    struct Cursor {
        var p: Int
        var line: Int
        var column: Int
    }

    /// Thrown inside a parse when the buffer ends before the object does.
    struct NeedMore: Error {}

    /// Opens `path` and reads the first object's keys as the header.
    public init(path: String, displayPath: String, layout: Layout, encoding: TextEncoding = .utf8, blockSize: Int = 1 << 22) throws {
        self.displayPath = displayPath
        self.layout = layout
        source = try ByteSource(path: path, displayPath: displayPath, encoding: encoding, blockSize: blockSize)
        cursor.p = source.byteOrderMarkLength
        try readHeader()
    }

    /// Calls `body` with each object in file order and returns how many there were.
    @discardableResult
    public func forEachRecord(_ body: (CSVRecord) throws -> Void) throws -> Int {
        var count = 0
        while try nextObject(collectKeys: false) {
            count += 1
            try values.withUnsafeBufferPointer { valueBytes in
                try spans.withUnsafeBufferPointer { spanBuffer in
                    try positions.withUnsafeBufferPointer { positionBuffer in
                        try body(CSVRecord(base: valueBytes.baseAddress ?? UnsafePointer(bitPattern: 1)!, spans: spanBuffer,
                                           line: objectLine, positions: positionBuffer.baseAddress))
                    }
                }
            }
        }
        return count
    }

    var objectLine = 1

    private func readHeader() throws {
        let firstObject = try nextObject(collectKeys: true)
        guard firstObject, !header.isEmpty else {
            throw DataError(.emptyFile, at: SourceLocation(file: displayPath, line: 1),
                            hint: layout == .array ? "the file should hold an array of objects: [{\"id\": 1, …}, …]"
                                                   : "the file should hold one object per line: {\"id\": 1, …}")
        }
        headerLine = objectLine
        try source.rewind()
        cursor = Cursor(p: source.byteOrderMarkLength, line: 1, column: 1)
        started = false
        finished = false
    }

    // MARK: - Objects

    /// Reads the next object into `values`/`spans`; false at the end of the data.
    private func nextObject(collectKeys: Bool) throws -> Bool {
        while true {
            let saved = cursor
            let savedStarted = started
            do {
                return try parseNextObject(collectKeys: collectKeys)
            } catch is NeedMore {
                cursor = saved
                started = savedStarted
                cursor.p = try source.refill(keepingFrom: saved.p)
            }
        }
    }

    private func parseNextObject(collectKeys: Bool) throws -> Bool {
        if finished { return false }
        switch layout {
        case .array:
            if !started {
                try skipSpace(allowEnd: true)
                if cursor.p == source.end { return try endOfData(expectation: "[") }
                guard byte == UInt8(ascii: "[") else { throw syntax("the file should start with [ (an array of objects)") }
                advance()
                started = true
                try skipSpace()
                if try peek() == UInt8(ascii: "]") { advance(); return try finish() }
            } else {
                try skipSpace()
                let next = try peek()
                if next == UInt8(ascii: "]") { advance(); return try finish() }
                guard next == UInt8(ascii: ",") else { throw syntax("expected , or ] after an object") }
                advance()
                try skipSpace()
            }
            guard try peek() == UInt8(ascii: "{") else { throw syntax("expected an object {…} in the array") }
            try parseObject(collectKeys: collectKeys)
            return true
        case .lines:
            while true {
                try skipSpace(allowEnd: true)
                if cursor.p == source.end {
                    if source.atEndOfFile { finished = true; return false }
                    throw NeedMore()
                }
                guard byte == UInt8(ascii: "{") else { throw syntax("expected an object {…} at the start of the line") }
                try parseObject(collectKeys: collectKeys)
                // Only spaces may follow on the same line.
                while true {
                    if cursor.p == source.end {
                        if source.atEndOfFile { break }
                        throw NeedMore()
                    }
                    let b = byte
                    if b == 0x20 || b == 0x09 || b == 0x0D { advance(); continue }
                    if b == 0x0A { break }
                    throw syntax("expected a line break after the object: NDJSON has one object per line")
                }
                return true
            }
        }
    }

    private func endOfData(expectation: String) throws -> Bool {
        if !source.atEndOfFile { throw NeedMore() }
        finished = true
        return false
    }

    private func finish() throws -> Bool {
        try skipSpace(allowEnd: true)
        if cursor.p < source.end || !source.atEndOfFile {
            if cursor.p == source.end { throw NeedMore() }
            throw syntax("unexpected text after the closing ] of the array")
        }
        finished = true
        return false
    }

    private func parseObject(collectKeys: Bool) throws {
        objectLine = cursor.line
        let objectPosition = CSVRecord.Position(line: cursor.line, column: cursor.column)
        values.removeAll(keepingCapacity: true)
        let columns = collectKeys ? 0 : header.count
        spans = [CSVRecord.Span](repeating: .init(start: 0, end: 0, escaped: false), count: columns)
        positions = [CSVRecord.Position](repeating: objectPosition, count: columns)
        advance() // {
        try skipSpace()
        if try peek() == UInt8(ascii: "}") { advance(); return }
        while true {
            guard try peek() == UInt8(ascii: "\"") else { throw syntax("expected a key in quotes") }
            scratch.removeAll(keepingCapacity: true)
            try parseString(into: &scratch)
            let code = scratch.withUnsafeBufferPointer { keys.code(for: $0) ?? -1 }
            if collectKeys && Int(code) == header.count {
                header.append(String(decoding: scratch, as: UTF8.self))
            }
            try skipSpace()
            guard try peek() == UInt8(ascii: ":") else { throw syntax("expected : after the key") }
            advance()
            try skipSpace()
            let position = CSVRecord.Position(line: cursor.line, column: cursor.column)
            let valueStart = values.count
            try parseValue()
            if !collectKeys, code >= 0, Int(code) < columns {
                spans[Int(code)] = .init(start: valueStart, end: values.count, escaped: false)
                positions[Int(code)] = position
            }
            try skipSpace()
            let next = try peek()
            guard next == UInt8(ascii: "}") || next == UInt8(ascii: ",") else { throw syntax("expected , or } after a value") }
            advance()
            if next == UInt8(ascii: "}") { return }
            try skipSpace()
        }
    }
}
