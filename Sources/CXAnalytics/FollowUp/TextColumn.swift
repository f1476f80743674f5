/// Optional strings stored end to end as UTF-8 in one byte array, with where each ends:
/// a block of 4,096 comments (`FollowUpCollector`) is two arrays, not 4,096 heap strings.
/// A string is made only when an element is read. An empty string is stored as none (nil).
struct TextColumn: Hashable, Sendable {
    private(set) var bytes: [UInt8] = []
    /// End of element i in `bytes`; it starts where element i − 1 ends.
    private(set) var ends: [Int] = []

    var count: Int { ends.count }

    mutating func append(_ text: String?) {
        if var text { text.withUTF8 { bytes.append(contentsOf: $0) } }
        ends.append(bytes.count)
    }

    subscript(index: Int) -> String? {
        let start = index == 0 ? 0 : ends[index - 1], end = ends[index]
        return start == end ? nil : String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
