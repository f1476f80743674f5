/// Stable element ids derived from chart content.
///
/// Ids (used by `aria-labelledby`, patterns and clip paths) must not clash when several
/// charts share a page and must not change between builds. They are an FNV-1a 64-bit hash
/// of the chart kind, its title and its data, printed as `cx-` and 16 hex digits.
enum ChartID {
    /// The id for a chart of `kind` whose content is described by `parts`.
    static func make(kind: String, parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func feed(_ text: String) {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            // A separator byte no UTF-8 text contains, so ("ab","c") ≠ ("a","bc").
            hash ^= 0xFF
            hash = hash &* 0x0000_0100_0000_01B3
        }
        feed(kind)
        for part in parts { feed(part) }
        let hex = String(hash, radix: 16)
        return "cx-" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
