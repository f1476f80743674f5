import CXData

/// Packs a rating (score, optional date, line) into one non-zero `UInt64` whose order is
/// `CustomerRatings`' "later" rule, so keeping the latest rating is keeping the maximum.
///
/// Bits, high to low: 1 dated flag (dated beats undated), 14 year, 4 month, 5 day (so on
/// a dated pair the date decides), 36 line (then the later line), 4 score + 1 (never
/// zero, so 0 can mean "none"; it never decides, as one line is one response).
enum RatingKey {
    static let lineBits: UInt64 = 36
    /// Scores above it are stored as it (`pack` clamps them to 0…14).
    static let largestScore = 14

    @inline(__always)
    static func pack(score: Int, date: CalendarDate?, line: Int) -> UInt64 {
        var key: UInt64 = 0
        if let date {
            key = 1 << 63 | UInt64(date.year) << 49 | UInt64(date.month) << 45 | UInt64(date.day) << 40
        }
        let clampedLine = UInt64(Swift.max(0, Swift.min(line, (1 << Int(lineBits)) - 1)))
        return key | clampedLine << 4 | UInt64(Swift.max(0, Swift.min(score, largestScore)) + 1)
    }

    /// The score packed in `key`.
    @inline(__always)
    static func score(of key: UInt64) -> Int { Int(key & 0xF) - 1 }

    /// The line packed in `key`.
    @inline(__always)
    static func line(of key: UInt64) -> UInt64 { key >> 4 & ((1 << lineBits) - 1) }

    static func unpack(_ key: UInt64) -> CustomerRatings.Rating {
        let date = key >> 63 == 1
            ? CalendarDate(year: Int(key >> 49 & 0x3FFF), month: Int(key >> 45 & 0xF), day: Int(key >> 40 & 0x1F)) : nil
        return CustomerRatings.Rating(score: score(of: key), date: date, line: Int(line(of: key)))
    }
}
