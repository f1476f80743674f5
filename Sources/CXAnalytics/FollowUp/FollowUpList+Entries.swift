extension FollowUpList {
    /// The listed responses in list order, stored flat: a 40-byte record each, the
    /// segment codes in one array and the customer ids and redacted comments as UTF-8 in
    /// shared byte arrays. An `Entry` (with its `String`s and segment pairs) is made when
    /// an element is read, so the list costs little until a page or export reads it.
    public struct Entries: RandomAccessCollection, Hashable, Sendable, Encodable {
        struct Record: Hashable, Sendable {
            var line: Int
            var value: Double
            /// Ends in `customerBytes` and `commentBytes`; each starts where the previous
            /// record's ends, and an empty range means none.
            var customerEnd: Int
            var commentEnd: Int
            var date: UInt32
            var score: UInt8
        }

        let segmentNames: [String]
        let segmentValues: [[String]]
        let segmentCount: Int
        let hasValues: Bool
        private var records: [Record] = []
        private var segmentCodes: [Int32] = []
        private var customerBytes: [UInt8] = []
        private var commentBytes: [UInt8] = []

        init(segmentNames: [String], segmentValues: [[String]], segmentCount: Int, hasValues: Bool) {
            self.segmentNames = segmentNames
            self.segmentValues = segmentValues
            self.segmentCount = segmentCount
            self.hasValues = hasValues
        }

        /// Appends the collector's response `index`.
        mutating func append(_ collector: FollowUpCollector, _ index: Int, customerName: (Int32) -> String?,
                             redact: ((String) -> String)?, value: Double) {
            let record = collector.records[index]
            segmentCodes += collector.segments(of: index)
            if record.customer >= 0, var name = customerName(record.customer) {
                name.withUTF8 { customerBytes.append(contentsOf: $0) }
            }
            if let redact, let comment = collector.comment(of: index) {
                var redacted = redact(comment)
                redacted.withUTF8 { commentBytes.append(contentsOf: $0) }
            }
            records.append(Record(line: record.line, value: value, customerEnd: customerBytes.count, commentEnd: commentBytes.count,
                                  date: record.date, score: record.score))
        }

        public var startIndex: Int { 0 }
        public var endIndex: Int { records.count }

        public subscript(position: Int) -> Entry {
            let record = records[position]
            let segments = segmentCodes[(position * segmentCount)..<((position + 1) * segmentCount)].enumerated()
                .compactMap { slot, code -> Segment? in
                    guard slot < segmentNames.count, code >= 0, Int(code) < segmentValues[slot].count else { return nil }
                    return Segment(field: segmentNames[slot], value: segmentValues[slot][Int(code)])
                }
            return Entry(line: record.line, customer: text(customerBytes, position, \.customerEnd),
                         date: FollowUpCollector.unpack(record.date)?.description, score: Int(record.score), segments: segments,
                         comment: text(commentBytes, position, \.commentEnd), value: hasValues ? record.value : nil)
        }

        private func text(_ bytes: [UInt8], _ position: Int, _ end: KeyPath<Record, Int>) -> String? {
            let start = position == 0 ? 0 : records[position - 1][keyPath: end], stop = records[position][keyPath: end]
            return start == stop ? nil : String(decoding: bytes[start..<stop], as: UTF8.self)
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.unkeyedContainer()
            for entry in self { try container.encode(entry) }
        }
    }
}
