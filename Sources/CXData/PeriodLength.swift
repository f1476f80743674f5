/// The reporting period responses are grouped into, set by `periods:` in cxreport.yml.
///
/// Labels sort in time order as plain strings ("2025-Q1" < "2025-Q2" < "2026-Q1"),
/// so every table and chart can order periods without knowing the calendar.
public enum PeriodLength: String, Sendable, Codable, CaseIterable {
    case month, quarter, year

    public func label(for date: CalendarDate) -> String {
        let year = String(date.year)
        switch self {
        case .year: return year
        case .quarter: return "\(year)-Q\(date.quarter)"
        case .month: return date.month < 10 ? "\(year)-0\(date.month)" : "\(year)-\(date.month)"
        }
    }
}

extension PeriodLength {
    /// A dense, sortable number for a date's period, so rows can be grouped without
    /// making a label string per row: year×12+month−1, year×4+quarter−1 or the year.
    /// Inlinable, as the analysis works it out for every response.
    @inlinable @inline(__always) public func index(for date: CalendarDate) -> Int {
        switch self {
        case .year: return date.year
        case .quarter: return date.year * 4 + date.quarter - 1
        case .month: return date.year * 12 + date.month - 1
        }
    }

    /// The label of a period `index` ("2025-Q3"), inverse of `index(for:)`.
    public func label(forIndex index: Int) -> String {
        switch self {
        case .year:
            return label(for: CalendarDate(year: index, month: 1, day: 1)!)
        case .quarter:
            return label(for: CalendarDate(year: index / 4, month: (index % 4) * 3 + 1, day: 1)!)
        case .month:
            return label(for: CalendarDate(year: index / 12, month: index % 12 + 1, day: 1)!)
        }
    }
}
