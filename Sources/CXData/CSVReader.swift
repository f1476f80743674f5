#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A streaming, byte-level RFC 4180 reader.
///
/// It reads the file in blocks into one reusable buffer and hands out records as
/// views into that buffer, so memory stays flat whatever the file size and no
/// `String` is made unless a caller asks for one. It accepts quoted fields with
/// embedded delimiters and line breaks, `""` escapes, a UTF-8 byte-order mark,
/// and LF, CRLF or CR line ends. Line numbers count physical lines, so a record
/// after a quoted multi-line field is reported where an editor shows it.
public final class CSVReader {
    public let displayPath: String
    @exclusivity(unchecked) public private(set) var dialect: CSVDialect

    private let descriptor: Int32
    // The reader's state is touched on every record by this class alone, on one thread:
    // `@exclusivity(unchecked)` drops the run-time exclusivity check each access of a
    // class property otherwise pays (a few percent of reading a file, in `scanRecord`).
    @exclusivity(unchecked) private var buffer: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private var start = 0
    @exclusivity(unchecked) private var end = 0
    @exclusivity(unchecked) private var atEndOfFile = false
    @exclusivity(unchecked) private var bytesLeft: Int
    @exclusivity(unchecked) private var line: Int
    @exclusivity(unchecked) private var spans: UnsafeMutablePointer<CSVRecord.Span>
    @exclusivity(unchecked) private var spanCapacity = 64
    private let encoding: TextEncoding
    /// File offset of `buffer[0]` (UTF-8 files; a transcoded file has no such mapping).
    @exclusivity(unchecked) private var bufferOffset: Int
    /// Bytes before this index have been checked as UTF-8.
    @exclusivity(unchecked) private var checkedEnd = 0
    /// Buffer index of the first byte that is not valid UTF-8, once found.
    @exclusivity(unchecked) private var invalidByte: Int?
    @exclusivity(unchecked) private var transcodeScratch: UnsafeMutablePointer<UInt8>?

    /// Opens `path` for reading. `displayPath` is how errors name the file.
    /// - Parameters:
    ///   - dialect: the delimiter; sniffed from the first line when nil.
    ///   - byteRange: read only these bytes (a chunk that starts at a record boundary);
    ///     `firstLine` is then the line number of its first byte.
    ///   - encoding: UTF-8 (checked: an invalid byte is an error at its place) or a
    ///     single-byte encoding transcoded to UTF-8 as it is read.
    ///   - blockSize: bytes read at a time; the buffer doubles for a record that does not
    ///     fit. 1 MB reads as fast as 4 MB and keeps 3 MB less per reading thread.
    public init(
        path: String, displayPath: String, dialect: CSVDialect? = nil,
        byteRange: Range<Int>? = nil, firstLine: Int = 1, blockSize: Int = 1 << 20,
        encoding: TextEncoding = .utf8
    ) throws {
        self.displayPath = displayPath
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            let reason: DataError.Reason = errno == ENOENT ? .fileNotFound : .unreadable(String(cString: strerror(errno)))
            throw DataError(reason, at: SourceLocation(file: displayPath))
        }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw DataError(.unreadable("it is a directory"), at: SourceLocation(file: displayPath))
        }
        descriptor = fd
        self.encoding = encoding
        bufferOffset = byteRange?.lowerBound ?? 0
        capacity = max(blockSize, 16)
        buffer = .allocate(capacity: capacity)
        spans = .allocate(capacity: spanCapacity)
        line = firstLine
        bytesLeft = Int.max
        self.dialect = dialect ?? .comma
        if let byteRange {
            lseek(fd, off_t(byteRange.lowerBound), SEEK_SET)
            bytesLeft = byteRange.count
        }
        try fill()
        if byteRange == nil || byteRange!.lowerBound == 0 {
            if end - start >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }
        }
        pendingStart = start
        if dialect == nil {
            self.dialect = CSVDialect.sniff(UnsafeBufferPointer(start: buffer + start, count: end - start))
        }
    }

    deinit {
        close(descriptor)
        buffer.deallocate()
        spans.deallocate()
        transcodeScratch?.deallocate()
    }

    /// File offset just past the last record handed out: where the next record starts.
    /// Meaningful for UTF-8 files only (a transcoded file's bytes move).
    public var nextRecordOffset: Int { bufferOffset + start }

    /// File offset just past the record being handed to a `forEachRecord` body.
    var offsetAfterCurrentRecord: Int { bufferOffset + pendingStart }

    /// The line just past the record being handed to a `forEachRecord` body.
    var lineAfterCurrentRecord: Int { pendingLine }

    /// The line on which the next record starts.
    public var nextLine: Int { line }

    /// Calls `body` with each record in file order and returns how many there were.
    @discardableResult
    public func forEachRecord(_ body: (CSVRecord) throws -> Void) throws -> Int {
        var records = 0
        while let count = try parseRecord() {
            records += 1
            if let invalid = invalidByte, invalid < pendingStart { throw invalidUTF8Error(at: invalid, fields: count) }
            let record = CSVRecord(
                base: UnsafePointer(buffer), spans: UnsafeBufferPointer(start: spans, count: count), line: line)
            try body(record)
            commitRecord()
        }
        return records
    }

    // MARK: - Parsing

    @exclusivity(unchecked) private var pendingStart = 0
    @exclusivity(unchecked) private var pendingLine = 0

    /// Finds the next complete record in the buffer, reading more as needed.
    /// Returns its field count, or nil at the end of the input.
    private func parseRecord() throws -> Int? {
        while true {
            if start == end && atEndOfFile { return nil }
            if let count = try scanRecord() { return count }
            try refill()
        }
    }

    private func commitRecord() {
        start = pendingStart
        line = pendingLine
    }

    /// Scans one record starting at `start`. Returns nil when the buffer ends before
    /// the record does and more input may follow.
    private func scanRecord() throws -> Int? {
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        let delimiter = dialect.delimiter
        var p = start
        var currentLine = line
        var fields = 0
        while true {
            if fields == spanCapacity { growSpans() }
            if p < end && buffer[p] == quote {
                let fieldLine = currentLine
                p += 1
                let contentStart = p
                var escaped = false
                while true {
                    if p == end {
                        if !atEndOfFile { return nil }
                        throw DataError(
                            .malformedCSV("a quoted field is never closed: the quote opened here runs to the end of the file"),
                            at: SourceLocation(file: displayPath, line: fieldLine, column: fields + 1),
                            hint: "close the field with \" or double a quote inside it (\"\")")
                    }
                    let byte = buffer[p]
                    if byte == quote {
                        if p + 1 == end && !atEndOfFile { return nil }
                        if p + 1 < end && buffer[p + 1] == quote { escaped = true; p += 2; continue }
                        break
                    }
                    if byte == newline {
                        currentLine += 1
                    } else if byte == carriageReturn {
                        if p + 1 == end && !atEndOfFile { return nil }
                        if p + 1 == end || buffer[p + 1] != newline { currentLine += 1 }
                    }
                    p += 1
                }
                spans[fields] = .init(start: contentStart, end: p, escaped: escaped)
                fields += 1
                p += 1
                if p == end {
                    if !atEndOfFile { return nil }
                    break
                }
                let next = buffer[p]
                if next == delimiter { p += 1; continue }
                if next == newline || next == carriageReturn { break }
                throw DataError(
                    .malformedCSV("unexpected text after the closing quote of a field"),
                    at: SourceLocation(file: displayPath, line: currentLine, column: fields),
                    hint: "a quote inside a quoted field must be doubled (\"\")")
            }
            let fieldStart = p
            while p < end {
                let byte = buffer[p]
                if byte == delimiter || byte == newline || byte == carriageReturn { break }
                p += 1
            }
            if p == end && !atEndOfFile { return nil }
            spans[fields] = .init(start: fieldStart, end: p, escaped: false)
            fields += 1
            if p < end && buffer[p] == delimiter {
                p += 1
                if p == end && !atEndOfFile { return nil }
                continue
            }
            break
        }
        // At a line break or the end of the input.
        if p < end {
            if buffer[p] == carriageReturn {
                if p + 1 == end && !atEndOfFile { return nil }
                p += (p + 1 < end && buffer[p + 1] == newline) ? 2 : 1
            } else {
                p += 1
            }
            currentLine += 1
        }
        pendingStart = p
        pendingLine = currentLine
        return fields
    }

    private func growSpans() {
        let bigger = UnsafeMutablePointer<CSVRecord.Span>.allocate(capacity: spanCapacity * 2)
        bigger.moveInitialize(from: spans, count: spanCapacity)
        spans.deallocate()
        spans = bigger
        spanCapacity *= 2
    }

    /// Moves the unparsed tail to the front and reads more; grows the buffer when a
    /// single record fills it.
    private func refill() throws {
        if start == 0 && end == capacity {
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            bigger.moveInitialize(from: buffer, count: end)
            buffer.deallocate()
            buffer = bigger
            capacity *= 2
        } else if start > 0 {
            let tail = end - start
            memmove(buffer, buffer + start, tail)
            bufferOffset += start
            checkedEnd -= start
            if let invalid = invalidByte { invalidByte = invalid - start }
            end = tail
            start = 0
        }
        try fill()
    }

    private func fill() throws {
        if encoding != .utf8 { return try fillTranscoding() }
        while end < capacity && !atEndOfFile {
            let want = min(capacity - end, bytesLeft)
            if want == 0 { atEndOfFile = true; break }
            let got = read(descriptor, buffer + end, want)
            if got < 0 {
                if errno == EINTR { continue }
                throw DataError(.unreadable(String(cString: strerror(errno))), at: SourceLocation(file: displayPath))
            }
            if got == 0 { atEndOfFile = true; break }
            end += got
            if bytesLeft != Int.max { bytesLeft -= got }
        }
        checkUTF8()
    }

    /// Checks the bytes read since the last check; a sequence cut by the end of the
    /// buffer is checked with the next block.
    private func checkUTF8() {
        guard invalidByte == nil, checkedEnd < end else { return }
        switch UTF8Validation.check(buffer, from: checkedEnd, to: end) {
        case .valid:
            checkedEnd = end
        case .incomplete(let from):
            if atEndOfFile { invalidByte = from } else { checkedEnd = from }
        case .invalid(let at):
            invalidByte = at
        }
    }

    /// Reads single-byte text and writes it into the buffer as UTF-8 (at most three
    /// bytes per input byte, so a third of the free space is read at a time).
    private func fillTranscoding() throws {
        let scratchSize = max(capacity / 3, 1)
        if transcodeScratch == nil { transcodeScratch = .allocate(capacity: scratchSize) }
        while (capacity - end) / 3 > 0 && !atEndOfFile {
            let want = min((capacity - end) / 3, bytesLeft, scratchSize)
            if want == 0 { atEndOfFile = true; break }
            let got = read(descriptor, transcodeScratch!, want)
            if got < 0 {
                if errno == EINTR { continue }
                throw DataError(.unreadable(String(cString: strerror(errno))), at: SourceLocation(file: displayPath))
            }
            if got == 0 { atEndOfFile = true; break }
            end += encoding.transcode(UnsafeBufferPointer(start: transcodeScratch!, count: got), into: buffer + end)
            if bytesLeft != Int.max { bytesLeft -= got }
        }
    }

    /// The error for the first invalid byte, inside the record about to be handed out.
    private func invalidUTF8Error(at index: Int, fields: Int) -> DataError {
        var field = fields
        for slot in 0..<fields where index < spans[slot].end { field = slot + 1; break }
        var currentLine = line
        var p = start
        while p < index {
            if buffer[p] == 10 || (buffer[p] == 13 && (p + 1 >= end || buffer[p + 1] != 10)) { currentLine += 1 }
            p += 1
        }
        let byte = String(buffer[index], radix: 16, uppercase: true)
        return DataError(
            .invalidEncoding("invalid UTF-8: byte 0x\(byte.count == 1 ? "0" : "")\(byte) at file offset \(bufferOffset + index) is not part of a valid UTF-8 character"),
            at: SourceLocation(file: displayPath, line: currentLine, column: field),
            hint: "save the file as UTF-8, or declare its encoding for the dataset in cxreport.yml (encoding: latin1 or encoding: windows-1252)")
    }
}
