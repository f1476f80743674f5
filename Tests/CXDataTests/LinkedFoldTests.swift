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

    @Test func transactionsFoldEqualsOnePass() throws {
        let (folder, config) = try JourneyAndCRMTests.sampleProject(2000)
        let sequential = try TransactionLoader(dataset: config.transactions!, projectDirectory: folder.directory)
        var expected = Sums()
        let expectedQuality = try sequential.forEachRow { expected.add(line: $0.line, customer: $0.customer, value: $0.amount) }
        for threads in [2, 3] {
            let parallel = try TransactionLoader(dataset: config.transactions!, projectDirectory: folder.directory)
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
}
