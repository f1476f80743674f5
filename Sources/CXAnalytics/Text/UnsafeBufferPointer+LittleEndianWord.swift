extension UnsafeBufferPointer where Element == UInt8 {
    /// The (up to) eight bytes from `start`, little-endian, zero-padded: a short key, or the
    /// head of a word, as one integer, so it is compared or hashed in one operation
    /// (`WordTable`'s slots and hash, `ThemeMatcher`'s prefix keywords).
    @inline(__always)
    func littleEndianWord(at start: Int) -> UInt64 {
        var word: UInt64 = 0
        for offset in start..<Swift.min(start + 8, count) { word |= UInt64(self[offset]) << UInt64(8 * (offset - start)) }
        return word
    }
}
