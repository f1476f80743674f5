/// The values of a `CategoryInterner` by code, read-only: a snapshot that shares the
/// interner's byte store (copy-on-write), so taking one copies nothing.
///
/// Why: a list that names a few hundred thousand customers by id (the follow-up list) can
/// keep their codes and read the ids from here when a row is written, instead of asking a
/// locked interner for a `String` per row while it builds.
public struct CategoryValues: Sendable {
    private let bytes: [UInt8]
    private let offsets: [UInt32]

    init(bytes: [UInt8], offsets: [UInt32]) {
        self.bytes = bytes
        self.offsets = offsets
    }

    /// No values.
    public init() {
        self.init(bytes: [], offsets: [0])
    }

    public var count: Int { offsets.count - 1 }

    /// The text of `code` (0 ..< count).
    public subscript(code: Int) -> String {
        String(decoding: bytes[Int(offsets[code])..<Int(offsets[code + 1])], as: UTF8.self)
    }
}
