import Foundation
import Testing
@testable import CXData

/// The parallel chunked fold of transactions and touchpoints equals one pass: rows, sums
/// per customer (by customer id, since codes depend on which chunk met a value first)
/// and data quality. Small chunks force the parallel path on a small sample.
struct LinkedFoldTests {
    struct Sums: Sendable, Equatable {
        var rows = 0
        var lines = 0
        var byCustomer: [Int32: Double] = [:]

        mutating func add(line: Int, customer: Int32, value: Double) {
            rows += 1
            lines += line
            if value.isFinite { byCustomer[customer, default: 0] += value }
        }

        mutating func merge(_ other: Sums) {
            rows += other.rows
            lines += other.lines
            byCustomer.merge(other.byCustomer, uniquingKeysWith: +)
        }

        func byName(_ names: [String]) -> [String: Double] {
            Dictionary(uniqueKeysWithValues: byCustomer.map { (names[Int($0.key)], ($0.value * 100).rounded() / 100) })
        }
    }

    /// Also after a split worked out ahead (`splitAheadWork`), which the fold then uses.
    @Test func transactionsFoldEqualsOnePass() throws {
        let (folder, config) = try JourneyAndCRMTests.sampleProject(2000)
        let sequential = try TransactionLoader(dataset: config.transactions!, projectDirectory: folder.directory)
        var expected = Sums()
        let expectedQuality = try sequential.forEachRow { expected.add(line: $0.line, customer: $0.customer, value: $0.amount) }
        for (threads, splitAhead) in [(2, false), (3, false), (3, true)] {
            let parallel = try TransactionLoader(dataset: config.transactions!, projectDirectory: folder.directory)
            if splitAhead { parallel.table.splitAheadWork(parts: threads, minimumChunk: 4096).run() }
            let (sums, quality) = try parallel.fold(Sums(), threads: threads, minimumChunkBytes: 4096,
                                                    add: { $0.add(line: $1.line, customer: $1.customer, value: $1.amount) },
                                                    merge: { $0.merge($1) })
            #expect(sums.rows == expected.rows && sums.lines == expected.lines && sums.rows > 1000)
            #expect(sums.byName(parallel.customerValues) == expected.byName(sequential.customerValues))
            #expect(quality == expectedQuality)
        }
    }

    @Test func touchpointsFoldEqualsOnePass() throws {
        let (folder, config) = try JourneyAndCRMTests.sampleProject(2000)
        let sequential = try TouchpointLoader(dataset: config.touchpoints!, projectDirectory: folder.directory)
        var expected = Sums()
        let expectedQuality = try sequential.forEachRow { expected.add(line: $0.line, customer: $0.customer, value: $0.emotion) }
        for threads in [2, 3] {
            let parallel = try TouchpointLoader(dataset: config.touchpoints!, projectDirectory: folder.directory)
            let (sums, quality) = try parallel.fold(Sums(), threads: threads, minimumChunkBytes: 4096,
                                                    add: { $0.add(line: $1.line, customer: $1.customer, value: $1.emotion) },
                                                    merge: { $0.merge($1) })
            #expect(sums.rows == expected.rows && sums.lines == expected.lines && sums.rows > 1000)
            #expect(sums.byName(parallel.customerValues) == expected.byName(sequential.customerValues))
            #expect(quality == expectedQuality)
        }
    }

    /// A split worked out ahead (`splitAheadWork`) is the split the read then uses, once: the
    /// file grown after it is still read as it was split, the next read splits it again,
    /// and a split for other parameters is left alone. (A fold after a split ahead equals
    /// one pass: `transactionsFoldEqualsOnePass`.)
    @Test func splitAheadIsTheSplitTheNextReadUses() throws {
        let (folder, config) = try JourneyAndCRMTests.sampleProject(2000)
        let dataset = try #require(config.transactions)
        let loader = try TransactionLoader(dataset: dataset, projectDirectory: folder.directory)
        let before = try #require(try loader.table.chunks(parts: 3, minimumChunk: 4096))
        #expect(before.count == 3)
        loader.table.splitAheadWork(parts: 3, minimumChunk: 4096).run()
        let path = folder.directory + "/" + dataset.source.file
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(String(repeating: "T9999999,C10000,2025-01-01,1.00\n", count: 500).utf8))
        try handle.close()
        #expect(try loader.table.chunks(parts: 2, minimumChunk: 4096)?.last?.range.upperBound != before.last?.range.upperBound)
        #expect(try loader.table.chunks(parts: 3, minimumChunk: 4096) == before)
        #expect(try loader.table.chunks(parts: 3, minimumChunk: 4096)?.last?.range.upperBound != before.last?.range.upperBound)
    }

    /// A file whose split finds no record boundary (its data one quoted field across every
    /// region) splits into one chunk, and a split worked out ahead keeps that answer for the
    /// next read like any other: rows added after it, which a new split would cut at, are
    /// not split for that read, only for the one after.
    @Test func aSplitAheadIntoOneChunkIsKept() throws {
        let field = String(repeating: "a line of the one long comment\n", count: 600)
        let file = try TemporaryFile(name: "t.csv", "id,comment\n1,\"\(field)\"\n")
        let table = try DatasetTable(source: DatasetSource(file: "t.csv", fileLocation: SourceLocation(file: "cxreport.yml", line: 1)),
                                     projectDirectory: file.directory, role: "responses")
        #expect(try table.chunks(parts: 3, minimumChunk: 4096) == nil)
        table.splitAheadWork(parts: 3, minimumChunk: 4096).run()
        let handle = try #require(FileHandle(forWritingAtPath: file.path))
        handle.seekToEndOfFile()
        handle.write(Data(String(repeating: "2,a short comment\n", count: 2000).utf8))
        try handle.close()
        #expect(try table.chunks(parts: 3, minimumChunk: 4096) == nil)
        #expect(try table.chunks(parts: 3, minimumChunk: 4096)?.count == 3)
    }

    /// The next file's split handed to a read's threads (`DatasetTable.splitAheadWork`) is
    /// the split `chunks` works out on its own, and the read after it uses it: done by the
    /// responses' parallel read beside its chunks, by the touchpoints' read beside theirs,
    /// and by `SideWork.run` with its pieces counted in one thread. That the read uses the
    /// split done beside, not one of its own, shows as in `splitAheadIsTheSplitTheNextReadUses`:
    /// rows added to the file after the split are not in its chunks. The reads beside which
    /// the split is done still equal their own reads without it.
    @Test func splitDoneBesideAReadIsTheSplitTheNextReadUses() throws {
        let (folder, config) = try JourneyAndCRMTests.sampleProject(2000)
        let responses = try #require(config.responses), touchpoints = try #require(config.touchpoints)
        let transactions = try #require(config.transactions)
        let path = folder.directory + "/" + transactions.source.file
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        func opened() throws -> DatasetTable {
            try TransactionLoader(dataset: transactions, projectDirectory: folder.directory).table
        }
        /// The chunks of `table`'s next read once rows are added to its file (the file as it was after).
        func nextReadWithRowsAdded(_ table: DatasetTable) throws -> [CSVChunk]? {
            try (original + Data(String(repeating: "T9999999,C10000,2025-01-01,1.00\n", count: 500).utf8)).write(to: URL(fileURLWithPath: path))
            defer { try? original.write(to: URL(fileURLWithPath: path)) }
            return try table.chunks(parts: 3, minimumChunk: 4096)
        }
        let expected = try #require(try opened().chunks(parts: 3, minimumChunk: 4096))
        #expect(expected.count == 3)
        #expect(try nextReadWithRowsAdded(opened()) != expected)  // a split of its own sees the rows
        func lines(beside: SideWork) throws -> Int {
            try ResponseLoader(dataset: responses, projectDirectory: folder.directory)
                .fold(0, threads: 3, minimumChunkBytes: 4096, add: { $0 += $1.line }, merge: { $0 += $1 }, beside: beside).result
        }
        let lineSum = try lines(beside: SideWork())

        let besideResponses = try opened()
        let work = besideResponses.splitAheadWork(parts: 3, minimumChunk: 4096)
        #expect(work.items.count == 3 * CSVChunker.piecesPerRegion)
        #expect(try lines(beside: work) == lineSum)
        #expect(try nextReadWithRowsAdded(besideResponses) == expected)

        let besideTouchpoints = try opened()
        let journeyLoader = try TouchpointLoader(dataset: touchpoints, projectDirectory: folder.directory)
        let (events, _) = try journeyLoader.fold(0, threads: 3, minimumChunkBytes: 4096, addRows: { $0 += $1.count },
                                                 merge: { $0 += $1 },
                                                 beside: besideTouchpoints.splitAheadWork(parts: 3, minimumChunk: 4096))
        #expect(try events == TouchpointLoader(dataset: touchpoints, projectDirectory: folder.directory).forEachRow { _ in }.rowsRead)
        #expect(try nextReadWithRowsAdded(besideTouchpoints) == expected)

        let inOneThread = try opened()
        inOneThread.splitAheadWork(parts: 3, minimumChunk: 4096).run()
        #expect(try nextReadWithRowsAdded(inOneThread) == expected)
    }
}
