import Foundation

/// A byte range of a CSV file that starts at a record boundary, with the line number
/// of its first byte, so it can be parsed on its own thread.
public struct CSVChunk: Hashable, Sendable {
    public var range: Range<Int>
    public var firstLine: Int
}

/// Splits the data rows of a CSV file into chunks at record boundaries, without
/// being fooled by line breaks inside quoted fields.
///
/// The rule: outside quotes, every quote toggles the "inside a quoted field" state
/// (a doubled `""` toggles twice), so a line break is a record boundary when the
/// number of quotes before it is even. A first pass counts quotes and line breaks in
/// equal regions, in parallel; each split then moves forward from its region's start
/// to the first line break with even quote parity. A stray quote inside an unquoted
/// field would break the rule, but then the chunk before the split ends inside a
/// "quoted field" and its reader fails, so a caller that falls back to one
/// sequential pass on any chunk error never accepts a wrong split.
enum CSVChunker {
    struct RegionCounts {
        var quotes = 0
        var lineBreaks = 0
    }

    /// Pieces each region is counted in (`split`).
    static let piecesPerRegion = 8

    /// Chunks covering `dataStart..<fileSize`; one chunk when the data is small.
    static func split(path: String, dataStart: Int, firstLine: Int, fileSize: Int, parts: Int,
                      minimumChunk: Int = 1 << 20) throws -> [CSVChunk] {
        let split = CSVSplit(path: path, dataStart: dataStart, firstLine: firstLine, fileSize: fileSize, parts: parts,
                             minimumChunk: minimumChunk)
        // Each piece is taken by whichever thread is free: with one piece per thread, a
        // thread that shared its core (the analysis computes results beside the reads) held
        // up the whole split, and the other core waited for it.
        DispatchQueue.concurrentPerform(iterations: split.pieceCount) { split.count(piece: $0) }
        return try split.chunks()
    }

    /// Counts quotes and line breaks (LF, and CR not followed by LF) in `range`; the
    /// byte after the range is read to tell a lone CR from the CR of a CR LF.
    static func countRegion(path: String, range: Range<Int>, fileSize: Int) throws -> RegionCounts {
        var quotes = 0, lineFeeds = 0, carriageReturns = 0, pairs = 0
        var previous: UInt8 = 0
        // Blocks of 256 KiB: the analysis splits a file while the previous one's tables are
        // still in memory, and each thread counting holds a block.
        try FileBlocks.read(path: path, from: range.lowerBound, to: min(range.upperBound + 1, fileSize), blockSize: 1 << 18) { block, offset in
            let limit = max(min(block.count, range.upperBound - offset), 0)
            let (q, lf, cr) = countBytes(block.baseAddress!, limit)
            quotes += q
            lineFeeds += lf
            carriageReturns += cr
            // CR LF pairs whose CR is in the range (rare outside Windows files).
            if cr > 0 || previous == 0x0D {
                for i in 0..<block.count {
                    let position = offset + i
                    if block[i] == 0x0A && previous == 0x0D && position - 1 >= range.lowerBound && position - 1 < range.upperBound { pairs += 1 }
                    previous = block[i]
                }
            } else {
                previous = block[block.count - 1]
            }
            return true
        }
        return RegionCounts(quotes: quotes, lineBreaks: lineFeeds + carriageReturns - pairs)
    }

    /// Counts quotes, LFs and CRs in `count` bytes, eight at a time: for each byte b
    /// of a word x = w XOR pattern, the high bit of ~(((x & 0x7F…) + 0x7F…) | x | 0x7F…)
    /// is set exactly when b is zero, with no carries between bytes.
    static func countBytes(_ base: UnsafePointer<UInt8>, _ count: Int) -> (Int, Int, Int) {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, ones: UInt64 = 0x0101_0101_0101_0101
        @inline(__always) func zeroBytes(_ x: UInt64) -> Int {
            (~(((x & low) &+ low) | x | low)).nonzeroBitCount
        }
        var quotes = 0, lineFeeds = 0, carriageReturns = 0
        var i = 0
        let raw = UnsafeRawPointer(base)
        while i + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            quotes &+= zeroBytes(word ^ (ones &* 0x22))
            lineFeeds &+= zeroBytes(word ^ (ones &* 0x0A))
            carriageReturns &+= zeroBytes(word ^ (ones &* 0x0D))
            i += 8
        }
        while i < count {
            let byte = base[i]
            quotes &+= byte == 0x22 ? 1 : 0
            lineFeeds &+= byte == 0x0A ? 1 : 0
            carriageReturns &+= byte == 0x0D ? 1 : 0
            i += 1
        }
        return (quotes, lineFeeds, carriageReturns)
    }

    /// The first record boundary at or after `start`: the offset just past a line
    /// break with an even number of quotes before it, and the line breaks counted
    /// from `start` to there. nil when the file ends first.
    static func boundary(path: String, from start: Int, fileSize: Int, oddQuotes: Bool) throws -> (Int, Int)? {
        var inside = oddQuotes
        var lines = 0
        var found: Int?
        try FileBlocks.read(path: path, from: start, to: fileSize, blockSize: 1 << 16) { block, offset in
            for i in 0..<block.count {
                let byte = block[i]
                if byte == 0x22 { inside.toggle(); continue }
                var isBreak = byte == 0x0A
                if byte == 0x0D {
                    // CR LF: the LF ends the line. A CR at the end of the block peeks at the file.
                    if i + 1 < block.count { isBreak = block[i + 1] != 0x0A } else { isBreak = offset + i + 1 >= fileSize || (try? FileBlocks.byte(path: path, at: offset + i + 1)) != 0x0A }
                }
                guard isBreak else { continue }
                lines += 1
                if !inside { found = offset + i + 1; return false }
            }
            return true
        }
        return found.map { ($0, lines) }
    }
}

/// The split of a CSV file into chunks (`CSVChunker`), worked out in two steps: its
/// pieces counted, each by any thread in any order (`count(piece:)`), then the boundaries
/// found from the counts (`chunks()`). Each region a chunk starts in is counted in
/// `CSVChunker.piecesPerRegion` pieces, whose counts add up to the region's; the pieces can
/// be handed to threads that would otherwise wait (a parallel read's threads as they finish
/// their chunks), so the split of the next file costs no time of its own.
final class CSVSplit: Sendable {
    let path: String
    let dataStart: Int, firstLine: Int, fileSize: Int
    /// Where each region starts; chunk boundaries are searched from there.
    private let starts: [Int]
    private let pieces: [Range<Int>]
    private let counts: Locked<[CSVChunker.RegionCounts]>
    private let failure = Locked<Error?>(nil)

    init(path: String, dataStart: Int, firstLine: Int, fileSize: Int, parts: Int, minimumChunk: Int = 1 << 20) {
        (self.path, self.dataStart, self.firstLine, self.fileSize) = (path, dataStart, firstLine, fileSize)
        let length = fileSize - dataStart
        let count = max(1, min(parts, length / max(minimumChunk, 1)))
        let regionSize = length / count
        let starts = (0..<count).map { dataStart + $0 * regionSize }
        self.starts = starts
        let piecesPerRegion = count > 1 ? CSVChunker.piecesPerRegion : 0
        pieces = (0..<(count * piecesPerRegion)).map { piece -> Range<Int> in
            let region = piece / piecesPerRegion, part = piece % piecesPerRegion
            let start = starts[region], end = region + 1 < count ? starts[region + 1] : fileSize
            let size = (end - start) / piecesPerRegion
            return (start + part * size)..<(part + 1 < piecesPerRegion ? start + (part + 1) * size : end)
        }
        counts = Locked([CSVChunker.RegionCounts](repeating: CSVChunker.RegionCounts(), count: count))
    }

    /// Pieces to count; none when the data makes one chunk.
    var pieceCount: Int { pieces.count }

    /// Counts piece `piece`; an error is kept for `chunks()` to throw.
    func count(piece: Int) {
        do {
            let counted = try CSVChunker.countRegion(path: path, range: pieces[piece], fileSize: fileSize)
            let region = piece / CSVChunker.piecesPerRegion
            counts.update {
                $0[region].quotes += counted.quotes
                $0[region].lineBreaks += counted.lineBreaks
            }
        } catch {
            failure.update { $0 = error }
        }
    }

    /// The chunks, once every piece is counted.
    func chunks() throws -> [CSVChunk] {
        if let error = failure.value { throw error }
        guard starts.count > 1 else { return [CSVChunk(range: dataStart..<fileSize, firstLine: firstLine)] }
        let regions = counts.value
        var chunks: [CSVChunk] = []
        var chunkStart = dataStart, chunkLine = firstLine
        var quotesBefore = 0, linesBefore = 0
        for index in 1..<starts.count {
            quotesBefore += regions[index - 1].quotes
            linesBefore += regions[index - 1].lineBreaks
            guard let (boundary, lines) = try CSVChunker.boundary(path: path, from: starts[index], fileSize: fileSize,
                                                                  oddQuotes: quotesBefore % 2 == 1) else { break }
            guard boundary > chunkStart, boundary < fileSize else { continue }
            chunks.append(CSVChunk(range: chunkStart..<boundary, firstLine: chunkLine))
            chunkStart = boundary
            chunkLine = firstLine + linesBefore + lines
        }
        chunks.append(CSVChunk(range: chunkStart..<fileSize, firstLine: chunkLine))
        return chunks
    }
}

/// A value guarded by a lock, for results that parallel workers write.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    func update(_ change: (inout Value) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        change(&stored)
    }
}
