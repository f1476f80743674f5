import Foundation
import Testing
@testable import CXData

/// The chunked fold's one-pass fallback, for partials whose copies share state.
struct ChunkedFoldTests {
    /// A partial whose copies share one counter (as the journey's and the CRM link's
    /// customer tables are shared), with a count of its own beside it.
    final class SharedCount: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func add() { lock.withLock { value += 1 } }
        var count: Int { lock.withLock { value } }
    }

    struct Partial: SharedPartial, Sendable {
        var shared = SharedCount()
        var own = 0
        func startingOver() -> Partial { Partial() }
    }

    struct SplitFailed: Error {}

    // Proves that when a chunk fails and the fold reads the whole file again in one pass,
    // it starts from fresh shared state: every row counted once, not once per chunk that
    // got through plus once more.
    @Test func fallbackStartsOverForSharedPartials() throws {
        let text = "customer,amount\n" + (0..<2_000).map { "C\($0),\($0)\n" }.joined()
        let file = try TemporaryFile(name: "t.csv", bytes: Array(text.utf8))
        let table = try DatasetTable(source: DatasetSource(file: "t.csv", fileLocation: SourceLocation(file: "x")),
                                     projectDirectory: file.directory, role: "transactions")
        let path = file.path, size = text.utf8.count
        let (result, quality) = try ChunkedFold.fold(
            Partial(), table: table, threads: 3, minimumChunkBytes: 1024,
            read: { chunk, body in
                // The chunks before the last read their rows; the last fails, as a bad split would.
                if let chunk, chunk.range.upperBound == size { throw SplitFailed() }
                let reader = try CSVReader(path: path, displayPath: "t.csv", byteRange: chunk?.range,
                                           firstLine: chunk?.firstLine ?? 1)
                var quality = DataQuality(file: "t.csv", columns: ["customer", "amount"])
                try reader.forEachRecord { record in
                    guard record.line > 1 || chunk != nil else { return }
                    quality.rowsRead += 1
                    try withUnsafePointer(to: record.line) { try body(UnsafeBufferPointer(start: $0, count: 1)) }
                }
                return quality
            },
            addRows: { partial, rows in for _ in rows { partial.shared.add(); partial.own += 1 } },
            merge: { $0.own += $1.own })
        #expect(quality.rowsRead == 2_000 && result.own == 2_000)
        #expect(result.shared.count == 2_000)
    }
}
