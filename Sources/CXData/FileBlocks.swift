#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a byte range of a file block by block with `pread`, for the passes that
/// scan a file without parsing it (chunk splitting).
enum FileBlocks {
    /// Calls `body` with each block and its file offset until `end` or until `body`
    /// returns false.
    static func read(path: String, from start: Int, to end: Int, blockSize: Int = 1 << 20,
                     _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Bool) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw DataError(.unreadable(String(cString: strerror(errno))), at: SourceLocation(file: path)) }
        defer { close(fd) }
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: blockSize)
        defer { buffer.deallocate() }
        var offset = start
        while offset < end {
            let got = pread(fd, buffer, min(blockSize, end - offset), off_t(offset))
            if got < 0 {
                if errno == EINTR { continue }
                throw DataError(.unreadable(String(cString: strerror(errno))), at: SourceLocation(file: path))
            }
            if got == 0 { break }
            guard try body(UnsafeBufferPointer(start: buffer, count: got), offset) else { return }
            offset += got
        }
    }

    /// One byte of a file.
    static func byte(path: String, at offset: Int) throws -> UInt8? {
        var result: UInt8?
        try read(path: path, from: offset, to: offset + 1) { block, _ in
            result = block.first
            return false
        }
        return result
    }

    /// The size of a file in bytes.
    static func size(path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }
}
