/// Checks bytes for well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates,
/// nothing above U+10FFFF) without making a `String`.
///
/// Runs of ASCII are skipped eight bytes at a time, so the check costs little on the
/// mostly-ASCII files survey exports are.
enum UTF8Validation {
    enum Outcome: Equatable {
        /// Every byte is part of a complete, valid sequence.
        case valid
        /// Valid up to `from`, where a sequence starts that the bytes end in the middle of.
        case incomplete(from: Int)
        /// The byte at `at` cannot start or continue a valid sequence here.
        case invalid(at: Int)
    }

    static func check(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Outcome {
        var i = start
        while i < end {
            // Fast path: eight ASCII bytes at once.
            if i + 8 <= end {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
            }
            let lead = base[i]
            if lead < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return .invalid(at: i)
            }
            for k in 1..<length {
                if i + k >= end { return .incomplete(from: i) }
                let byte = base[i + k]
                let (lo, hi) = k == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                if byte < lo || byte > hi { return .invalid(at: i) }
            }
            i += length
        }
        return .valid
    }
}
