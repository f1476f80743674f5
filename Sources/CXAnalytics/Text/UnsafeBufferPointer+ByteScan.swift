extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether any byte is 0x80 or above (the text is not all ASCII), tested eight bytes at
    /// a time. VADER's emoji step runs only on such text, and most comments are ASCII.
    var containsNonASCII: Bool {
        guard let base = baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= count {
            if raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return true }
            offset += 8
        }
        while offset < count {
            if base[offset] >= 0x80 { return true }
            offset += 1
        }
        return false
    }

    /// How many bytes equal `first` and how many equal `second`. Eight bytes at a time are
    /// skipped when neither occurs in them (a zero-byte test on the word XOR each byte
    /// repeated, which never misses one); a word where one occurs is counted byte by byte.
    func counts(of first: UInt8, _ second: UInt8) -> (first: Int, second: Int) {
        guard let base = baseAddress else { return (0, 0) }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let firsts = UInt64(first) &* ones, seconds = UInt64(second) &* ones
        func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
        var counts = (first: 0, second: 0)
        func count(_ range: Range<Int>) {
            for offset in range {
                if base[offset] == first { counts.first += 1 } else if base[offset] == second { counts.second += 1 }
            }
        }
        var offset = 0
        while offset + 8 <= self.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            if hasZeroByte(word ^ firsts) || hasZeroByte(word ^ seconds) { count(offset..<(offset + 8)) }
            offset += 8
        }
        count(offset..<self.count)
        return counts
    }
}
