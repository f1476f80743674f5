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

    /// Also after a split worked out ahead (`splitAhead`), which the fold then uses.
    @Test func transactionsFoldEqualsOnePass() throws {
        let (folder, config) = try JourneyAndCRMTests.sampleProject(2000)
        let sequential = try TransactionLoader(dataset: config.transactions!, projectDirectory: folder.directory)
        var expected = Sums()
        let expectedQuality = try sequential.forEachRow { expected.add(line: $0.line, customer: $0.customer, value: $0.amount) }
        for (threads, splitAhead) in [(2, false), (3, false), (3, true)] {
            let parallel = try TransactionLoader(dataset: config.transactions!, projectDirectory: folder.directory)
            if splitAhead { parallel.table.splitAhead(parts: threads, minimumChunk: 4096) }
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

    /// A split worked out ahead (`splitAhead`) is the split the read then uses, once: the
    /// file grown after it is still read as it was split, the next read splits it again,
    /// and a split for other parameters is left alone. (A fold after a split ahead equals
    /// one pass: `transactionsFoldEqualsOnePass`.)
    @Test func splitAheadIsTheSplitTheNextReadUses() throws {
        let (folder, config) = try JourneyAndCRMTests.sampleProject(2000)
        let dataset = try #require(config.transactions)
        let loader = try TransactionLoader(dataset: dataset, projectDirectory: folder.directory)
        let before = try #require(try loader.table.chunks(parts: 3, minimumChunk: 4096))
        #expect(before.count == 3)
        loader.table.splitAhead(parts: 3, minimumChunk: 4096)
        let path = folder.directory + "/" + dataset.source.file
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(String(repeating: "T9999999,C10000,2025-01-01,1.00\n", count: 500).utf8))
        try handle.close()
        #expect(try loader.table.chunks(parts: 2, minimumChunk: 4096)?.last?.range.upperBound != before.last?.range.upperBound)
        #expect(try loader.table.chunks(parts: 3, minimumChunk: 4096) == before)
        #expect(try loader.table.chunks(parts: 3, minimumChunk: 4096)?.last?.range.upperBound != before.last?.range.upperBound)
    }
}
