import Foundation
import Testing
@testable import CXData

/// Random tables written by a simple reference writer read back equal, whatever the
/// buffer size, line ending or delimiter; chunked reading equals one pass.
struct RoundTripTests {
    static let alphabet: [String] = ["a", "b", "Z", "0", "7", " ", ",", ";", "\t", "\"", "\n", "\r\n", "é", "日本", "🙂", "ß", "x"]

    /// A table of random cells with quotes, delimiters, line breaks and Unicode.
    static func randomTable(_ random: inout SeededGenerator, rows: Int, columns: Int) -> [[String]] {
        (0..<rows).map { _ in
            (0..<columns).map { _ in
                let length = Int(random.uniform() * 8)
                return (0..<length).map { _ in alphabet[Int(random.uniform() * Double(alphabet.count))] }.joined()
            }
        }
    }

    /// The reference writer: quote every field that needs it, double the quotes.
    static func write(_ table: [[String]], delimiter: String, lineEnd: String) -> String {
        table.map { row in
            row.map { cell in
                let special = cell.contains(delimiter) || cell.contains("\"") || cell.contains("\n") || cell.contains("\r") || cell.isEmpty
                return special ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
            }.joined(separator: delimiter)
        }.joined(separator: lineEnd) + lineEnd
    }

    /// Reads back every record for several buffer sizes, dialects and line ends.
    @Test func randomTablesReadBackEqual() throws {
        var random = SeededGenerator(seed: 2024)
        for trial in 0..<12 {
            let table = Self.randomTable(&random, rows: 1 + Int(random.uniform() * 40), columns: 1 + Int(random.uniform() * 6))
            let (delimiter, dialect): (String, CSVDialect) = [(",", .comma), (";", .semicolon), ("\t", .tab)][trial % 3]
            let lineEnd = ["\n", "\r\n", "\r"][trial % 3 == 0 ? 0 : (trial / 3) % 3]
            let text = Self.write(table, delimiter: delimiter, lineEnd: lineEnd)
            for blockSize in [16, 33, 257, 1 << 16] {
                let read = try CSVReaderTests.records(text, dialect: dialect, blockSize: blockSize).map(\.fields)
                #expect(read == table, "trial \(trial), block \(blockSize)")
            }
        }
    }

    /// Chunks found by the quote-aware splitter cover the data exactly, start at record
    /// boundaries (even inside files full of quoted line breaks) and carry true line numbers,
    /// with each line end: the regions are counted in pieces whose edges fall anywhere, so
    /// also between the CR and the LF of a CR LF.
    @Test(arguments: ["\n", "\r\n", "\r"])
    func chunksMatchOnePass(lineEnd: String) throws {
        var random = SeededGenerator(seed: 99)
        let table = [["id", "text", "n"]] + (0..<3000).map { index in
            [String(index), Self.randomTable(&random, rows: 1, columns: 1)[0][0], String(index % 11)]
        }
        let text = Self.write(table, delimiter: ",", lineEnd: lineEnd)
        let file = try TemporaryFile(name: "t.csv", text)
        let whole = try CSVReaderTests.records(text)
        let headerEnd = Array(text.utf8).firstIndex { $0 == 10 || $0 == 13 }! + lineEnd.utf8.count
        for parts in [2, 3, 7] {
            let chunks = try CSVChunker.split(path: file.path, dataStart: headerEnd, firstLine: 2, fileSize: text.utf8.count,
                                              parts: parts, minimumChunk: 256)
            #expect(chunks.count == parts)
            var records: [(Int, [String])] = []
            for chunk in chunks {
                let reader = try CSVReader(path: file.path, displayPath: "t.csv", dialect: .comma, byteRange: chunk.range, firstLine: chunk.firstLine)
                try reader.forEachRecord { record in records.append((record.line, (0..<record.count).map { record.string($0)! })) }
            }
            #expect(records.map(\.1) == whole.dropFirst().map(\.fields))
            #expect(records.map(\.0) == whole.dropFirst().map(\.line))
            // Its pieces counted one at a time, last first (`CSVSplit`, as the threads of
            // another read take them), the split is the same.
            let split = CSVSplit(path: file.path, dataStart: headerEnd, firstLine: 2, fileSize: text.utf8.count, parts: parts,
                                 minimumChunk: 256)
            for piece in (0..<split.pieceCount).reversed() { split.count(piece: piece) }
            #expect(try split.chunks() == chunks)
        }
    }

    /// The parallel fold equals one pass: rows, codes (by value), quality and sums —
    /// including a file with a stray quote that fools the splitter and must fall back.
    @Test func parallelFoldEqualsOnePass() throws {
        var bytes: [UInt8] = []
        SampleResponses(count: 3000, seed: 5).write { bytes += $0 }
        let stray = Array("R9,C1,2025-01-01,North,Store,Outdoor,9,5,7,5,5,5,5,5,yes,5,5,5,5,5,5,2,3,12\" screen\n".utf8)
        for extra in [[UInt8](), stray] {
            // The stray row goes right below the header, so every split after it sees odd parity.
            let headerEnd = bytes.firstIndex(of: 10)! + 1
            let content = Array(bytes[..<headerEnd]) + extra + Array(bytes[headerEnd...]) + Array("R10,C2,2025-12-01,South,Phone,Apparel,eleven,5,7,5,5,5,5,5,no,5,5,5,5,5,5,2,3,\n".utf8)
            let file = try TemporaryFile(name: "r.csv", bytes: content)
            let lastLine = content.filter { $0 == 10 }.count
            let config = try ProjectConfig.parse(SampleProject.configuration(datasets: [.responses]), file: "cxreport.yml")
            var dataset = try #require(config.responses)
            dataset.file = "r.csv"
            struct Sums: Sendable, Equatable { var rows = 0; var nps = 0; var byRegion: [String: Int] = [:]; var codes: [Int32: Int] = [:] }
            let sequential = try ResponseLoader(dataset: dataset, projectDirectory: file.directory)
            var expected = Sums()
            let expectedQuality = try sequential.forEachRow { row in
                expected.rows += 1
                expected.nps += row.nps ?? 0
                expected.codes[row.segments[0], default: 0] += row.nps ?? 0
            }
            for threads in [2, 3] {
                let parallel = try ResponseLoader(dataset: dataset, projectDirectory: file.directory)
                let (sums, quality) = try parallel.fold(Sums(), threads: threads, minimumChunkBytes: 4096,
                                                        add: { sums, row in sums.rows += 1; sums.nps += row.nps ?? 0; sums.codes[row.segments[0], default: 0] += row.nps ?? 0 },
                                                        merge: { $0.rows += $1.rows; $0.nps += $1.nps; $0.codes.merge($1.codes, uniquingKeysWith: +) })
                #expect(sums.rows == expected.rows && sums.nps == expected.nps)
                let byName = Dictionary(uniqueKeysWithValues: sums.codes.map { (parallel.segmentValues[0][Int($0.key)], $0.value) })
                let expectedByName = Dictionary(uniqueKeysWithValues: expected.codes.map { (sequential.segmentValues[0][Int($0.key)], $0.value) })
                #expect(byName == expectedByName)
                #expect(quality == expectedQuality)
                #expect(quality.problemCount == 1 && quality.diagnostics.first?.location?.line == lastLine)
            }
        }
    }

    /// `finishChunk` runs once on each chunk's partial, after the chunk's last row and
    /// before the merge; a file read in one pass (one thread, or a fallback after a failed
    /// split) has no chunks and is never finished.
    @Test func finishChunkRunsOncePerChunkAfterItsRows() throws {
        var bytes: [UInt8] = []
        SampleResponses(count: 3000, seed: 5).write { bytes += $0 }
        let file = try TemporaryFile(name: "r.csv", bytes: bytes)
        let config = try ProjectConfig.parse(SampleProject.configuration(datasets: [.responses]), file: "cxreport.yml")
        var dataset = try #require(config.responses)
        dataset.file = "r.csv"
        struct Counts: Sendable { var rows = 0; var finishedChunks = 0; var rowsWhenFinished = 0; var rowsAfterFinishing = 0 }
        for threads in [1, 2, 3] {
            let loader = try ResponseLoader(dataset: dataset, projectDirectory: file.directory)
            let (counts, quality) = try loader.fold(
                Counts(), threads: threads, minimumChunkBytes: 4096,
                add: { counts, _ in
                    counts.rows += 1
                    if counts.finishedChunks > 0 { counts.rowsAfterFinishing += 1 }
                },
                finishChunk: { counts in
                    counts.finishedChunks += 1
                    counts.rowsWhenFinished += counts.rows
                },
                merge: {
                    $0.rows += $1.rows
                    $0.finishedChunks += $1.finishedChunks
                    $0.rowsWhenFinished += $1.rowsWhenFinished
                    $0.rowsAfterFinishing += $1.rowsAfterFinishing
                })
            #expect(counts.rows == 3000 && quality.rowsRead == 3000)
            // 3000 rows are about 300 kB: as many chunks as threads.
            #expect(counts.finishedChunks == (threads == 1 ? 0 : threads))
            #expect(counts.rowsWhenFinished == (threads == 1 ? 0 : 3000))
            #expect(counts.rowsAfterFinishing == 0)
        }
    }
}
