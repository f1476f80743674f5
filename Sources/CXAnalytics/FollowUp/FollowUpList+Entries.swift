import CXData

extension FollowUpList {
    /// The listed responses in list order: the collector's flat records, segment codes
    /// and redacted comments read through the sorted `order`, with the values at risk
    /// beside them; customer ids are read by code from the interner's snapshot. An `Entry`
    /// (with its `String`s and segment pairs) is made when an element is read, so the list
    /// costs little until a page or export reads it.
    public struct Entries: RandomAccessCollection, Hashable, Sendable, Encodable {
        private let collector: FollowUpCollector
        /// Collector index of each entry, in list order.
        private let order: [Int32]
        /// Value at risk in cents, in list order; nil when not linked to transactions.
        private let cents: [Int64]?
        private let customers: CategoryValues
        let segmentNames: [String]
        let segmentValues: [[String]]

        init(_ collector: FollowUpCollector, order: [Int32], cents: [Int64]?, customers: CategoryValues,
             segmentNames: [String], segmentValues: [[String]]) {
            self.collector = collector
            self.order = order
            self.cents = cents
            self.customers = customers
            self.segmentNames = segmentNames
            self.segmentValues = segmentValues
        }

        /// True when entries carry their value at risk.
        var hasValues: Bool { cents != nil }

        public var startIndex: Int { 0 }
        public var endIndex: Int { order.count }

        public subscript(position: Int) -> Entry {
            let index = Int(order[position])
            let (record, codes, comment) = collector.parts(at: index)
            let segments = codes.enumerated().compactMap { slot, code -> Segment? in
                guard slot < segmentNames.count, code >= 0, Int(code) < segmentValues[slot].count else { return nil }
                return Segment(field: segmentNames[slot], value: segmentValues[slot][Int(code)])
            }
            let customer = record.customer >= 0 && Int(record.customer) < customers.count ? customers[Int(record.customer)] : nil
            return Entry(line: record.line, customer: customer, date: FollowUpCollector.unpack(record.date)?.description,
                         score: Int(record.score), segments: segments, comment: comment,
                         value: cents.map { Double($0[position]) / 100 })
        }

        /// Equal when they list the same entries: the collector's storage order depends on
        /// how the rows were chunked, the list does not.
        public static func == (a: Entries, b: Entries) -> Bool {
            a.hasValues == b.hasValues && a.elementsEqual(b)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(hasValues)
            for entry in self { hasher.combine(entry) }
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.unkeyedContainer()
            for entry in self { try container.encode(entry) }
        }
    }
}
