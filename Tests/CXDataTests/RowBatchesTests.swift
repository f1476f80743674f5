import Testing
@testable import CXData

/// Rows decoded one by one reach a linked-dataset fold a batch at a time, in order.
struct RowBatchesTests {
    // Proves the batches are the rows in the order produced, cut at `RowBatches.size` with
    // the rest in a last, shorter batch: none for no rows, no empty one after a full one.
    @Test(arguments: [0, 1, 255, 256, 257, 512, 1_000])
    func batchesAreTheRowsInOrder(count: Int) throws {
        var batches: [[Int]] = []
        let produced = try RowBatches.batching({ batches.append(Array($0)) }) { add in
            for row in 0..<count { try add(row) }
            return count
        }
        #expect(produced == count)
        #expect(batches.flatMap { $0 } == Array(0..<count))
        #expect(batches.dropLast().allSatisfy { $0.count == RowBatches.size })
        #expect(batches.last.map { !$0.isEmpty && $0.count <= RowBatches.size } ?? (count == 0))
    }

    struct Stop: Error {}

    // Proves an error from the consumer stops the producer and reaches the caller.
    @Test func consumerErrorStopsTheProducer() {
        var produced = 0
        #expect(throws: Stop.self) {
            try RowBatches.batching({ (_: UnsafeBufferPointer<Int>) in throw Stop() }) { add in
                for row in 0..<1_000 {
                    produced += 1
                    try add(row)
                }
            }
        }
        #expect(produced == RowBatches.size)
    }

    // Proves the linked loaders' batch folds hand over each chunk's rows in file order
    // and in batches no longer than `RowBatches.size`, and see every row once: the
    // touchpoints and transactions of the 2,000-response sample, on three threads.
    @Test func loaderBatchesFollowTheFile() throws {
        struct Lines: Sendable {
            var lines: [Int] = []
            var inOrder = true
            var longest = 0
            mutating func add(_ batch: [Int]) {
                inOrder = inOrder && zip(batch, batch.dropFirst()).allSatisfy { $0 < $1 } && (lines.last ?? 0) < (batch.first ?? .max)
                longest = max(longest, batch.count)
                lines += batch
            }
        }
        let (folder, config) = try JourneyAndCRMTests.sampleProject(2000)
        let touchpoints = try TouchpointLoader(dataset: config.touchpoints!, projectDirectory: folder.directory)
        var expected: [Int] = []
        _ = try touchpoints.forEachRow { expected.append($0.line) }
        let (folded, _) = try TouchpointLoader(dataset: config.touchpoints!, projectDirectory: folder.directory)
            .fold(Lines(), threads: 3, minimumChunkBytes: 4096, addRows: { $0.add($1.map(\.line)) },
                  merge: { $0.lines += $1.lines; $0.inOrder = $0.inOrder && $1.inOrder; $0.longest = max($0.longest, $1.longest) })
        #expect(folded.lines == expected && folded.inOrder && folded.longest == RowBatches.size)

        let transactions = try TransactionLoader(dataset: config.transactions!, projectDirectory: folder.directory)
        var expectedLines: [Int] = []
        _ = try transactions.forEachRow { expectedLines.append($0.line) }
        let (purchases, _) = try TransactionLoader(dataset: config.transactions!, projectDirectory: folder.directory)
            .fold(Lines(), threads: 3, minimumChunkBytes: 4096, addRows: { $0.add($1.map(\.line)) },
                  merge: { $0.lines += $1.lines; $0.inOrder = $0.inOrder && $1.inOrder; $0.longest = max($0.longest, $1.longest) })
        #expect(purchases.lines == expectedLines && purchases.inOrder && purchases.longest == RowBatches.size)
    }
}
