#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file read in blocks into one growable buffer, checked as UTF-8 or transcoded to
/// it as it arrives. The JSON reader parses straight from `buffer`.
///
/// Indices into the buffer stay valid until `refill(keepingFrom:)`, which drops the
/// bytes before the given index and returns where that index moved to.
final class ByteSource {
    let displayPath: String
    private(set) var buffer: UnsafeMutablePointer<UInt8>
    private(set) var end = 0
    private(set) var atEndOfFile = false
    /// Buffer index of the first byte that is not valid UTF-8, once found.
    private(set) var invalidByte: Int?
    /// File offset of `buffer[0]` (UTF-8 files).
    private(set) var bufferOffset = 0
    /// Bytes the caller may read: up to the first invalid byte, if any.
    var limit: Int { invalidByte ?? end }

    private let descriptor: Int32
    private let encoding: TextEncoding
    private var capacity: Int
    private var checkedEnd = 0
    private var scratch: UnsafeMutablePointer<UInt8>?

    init(path: String, displayPath: String, encoding: TextEncoding, blockSize: Int) throws {
        self.displayPath = displayPath
        self.encoding = encoding
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
        capacity = max(blockSize, 16)
        buffer = .allocate(capacity: capacity)
        try fill()
    }

    deinit {
        close(descriptor)
        buffer.deallocate()
        scratch?.deallocate()
    }

    /// Length of a UTF-8 byte-order mark at the start of the file, if any.
    var byteOrderMarkLength: Int {
        bufferOffset == 0 && end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0
    }

    /// Starts again from the beginning of the file.
    func rewind() throws {
        lseek(descriptor, 0, SEEK_SET)
        end = 0
        checkedEnd = 0
        bufferOffset = 0
        invalidByte = nil
        atEndOfFile = false
        try fill()
    }

    /// Drops the bytes before `keep`, reads more (growing the buffer when nothing can
    /// be dropped) and returns the new index of the byte that was at `keep`.
    func refill(keepingFrom keep: Int) throws -> Int {
        if keep == 0 && end == capacity {
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            bigger.moveInitialize(from: buffer, count: end)
            buffer.deallocate()
            buffer = bigger
            capacity *= 2
        } else if keep > 0 {
            memmove(buffer, buffer + keep, end - keep)
            end -= keep
            checkedEnd -= keep
            bufferOffset += keep
            if let invalid = invalidByte { invalidByte = invalid - keep }
        }
        let before = end
        try fill()
        if end == before && !atEndOfFile { atEndOfFile = true }
        return 0
    }

    private func fill() throws {
        while !atEndOfFile {
            let room = encoding == .utf8 ? capacity - end : (capacity - end) / 3
            if room <= 0 { break }
            let target: UnsafeMutablePointer<UInt8>
            if encoding == .utf8 {
                target = buffer + end
            } else {
                if scratch == nil { scratch = .allocate(capacity: max(capacity / 3, 1)) }
                target = scratch!
            }
            let got = read(descriptor, target, encoding == .utf8 ? room : min(room, max(capacity / 3, 1)))
            if got < 0 {
                if errno == EINTR { continue }
                throw DataError(.unreadable(String(cString: strerror(errno))), at: SourceLocation(file: displayPath))
            }
            if got == 0 { atEndOfFile = true; break }
            if encoding == .utf8 {
                end += got
            } else {
                end += encoding.transcode(UnsafeBufferPointer(start: scratch!, count: got), into: buffer + end)
            }
        }
        guard encoding == .utf8, invalidByte == nil, checkedEnd < end else { return }
        switch UTF8Validation.check(buffer, from: checkedEnd, to: end) {
        case .valid: checkedEnd = end
        case .incomplete(let from): if atEndOfFile { invalidByte = from } else { checkedEnd = from }
        case .invalid(let at): invalidByte = at
        }
    }
}
