/// A calendar day as written in the data (no time zone, no clock), which is all a
/// CX report needs to place a response in a month, quarter or year.
///
/// Parsed from ISO 8601 (`2025-03-31`, `2025-03-31T14:05:00Z`, `2025-03-31 14:05`)
/// or from `DD/MM/YYYY`, `MM/DD/YYYY` when the dataset declares that format.
public struct CalendarDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public enum Format: String, Sendable, Codable {
        case iso = "YYYY-MM-DD"
        case dayMonthYear = "DD/MM/YYYY"
        case monthDayYear = "MM/DD/YYYY"
    }

    /// Parses the leading date of a field; any time of day after it is ignored.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, format: Format = .iso) -> CalendarDate? {
        var i = 0
        while i < bytes.count && bytes[i] == 0x20 { i += 1 }
        func number(_ length: ClosedRange<Int>) -> Int? {
            var value = 0, count = 0
            while i < bytes.count, count < length.upperBound, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                value = value * 10 + Int(bytes[i] - 0x30)
                i += 1
                count += 1
            }
            return length.contains(count) ? value : nil
        }
        func separator(_ allowed: UInt8...) -> Bool {
            guard i < bytes.count, allowed.contains(bytes[i]) else { return false }
            i += 1
            return true
        }
        let slash = UInt8(ascii: "/"), dash = UInt8(ascii: "-"), dot = UInt8(ascii: ".")
        var parsed: CalendarDate?
        switch format {
        case .iso:
            guard let y = number(4...4), separator(dash), let m = number(1...2), separator(dash),
                  let d = number(1...2) else { return nil }
            parsed = CalendarDate(year: y, month: m, day: d)
        case .dayMonthYear, .monthDayYear:
            guard let a = number(1...2), separator(slash, dash, dot), let b = number(1...2),
                  separator(slash, dash, dot), let y = number(4...4) else { return nil }
            parsed = format == .dayMonthYear
                ? CalendarDate(year: y, month: b, day: a) : CalendarDate(year: y, month: a, day: b)
        }
        guard let date = parsed else { return nil }
        // Anything after the date must be a time part, not more digits.
        if i < bytes.count {
            let next = bytes[i]
            guard next == UInt8(ascii: "T") || next == 0x20 else { return nil }
        }
        return date
    }

    public static func parse(_ text: String, format: Format = .iso) -> CalendarDate? {
        var copy = text
        return copy.withUTF8 { parse($0, format: format) }
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    @inlinable public var quarter: Int { (month - 1) / 3 + 1 }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
