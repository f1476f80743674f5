/// What the first rows of a file say about one column — how many values are whole
/// numbers, numbers or dates, their range, how many distinct values, how long — so
/// `MappingProposal` can guess the column's role.
public struct ColumnProfile: Sendable {
    public var name: String
    /// The question text of a survey export, otherwise the name.
    public var label: String
    public var values = 0
    public var missing = 0
    public var integers = 0
    public var numbers = 0
    public var dates = 0
    public var minimum = Double.infinity
    public var maximum = -Double.infinity
    /// Up to `distinctLimit` distinct values, in order of appearance.
    public var distinct: [String] = []
    public var distinctOverflow = false
    public var totalLength = 0
    public var withSpaces = 0
    public static let distinctLimit = 50

    public init(name: String, label: String) {
        self.name = name
        self.label = label
    }

    /// Share of present values that are whole numbers (0 when there are none).
    public var integerShare: Double { values == 0 ? 0 : Double(integers) / Double(values) }
    public var numberShare: Double { values == 0 ? 0 : Double(numbers) / Double(values) }
    public var dateShare: Double { values == 0 ? 0 : Double(dates) / Double(values) }
    public var meanLength: Double { values == 0 ? 0 : Double(totalLength) / Double(values) }
    public var distinctCount: Int { distinct.count }
    /// Every present value differed from the others (an id).
    public var allDistinct: Bool { values > 0 && uniqueSoFar }
    /// The "no answer" codes met in the column ("NA", "Don't know" …).
    public var missingCodes: Set<String> = []
    var uniqueSoFar = true
    private var seen: Set<String> = []

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, missingValues: Set<String>) {
        let text = String(decoding: bytes, as: UTF8.self).trimmingSpaces()
        if text.isEmpty || missingValues.contains(text) {
            missing += 1
            if !text.isEmpty { missingCodes.insert(text) }
            return
        }
        values += 1
        totalLength += text.count
        if text.contains(" ") { withSpaces += 1 }
        var copy = text
        let number = copy.withUTF8 { ByteNumber.parseDouble($0) }
        if let number {
            numbers += 1
            if number == number.rounded() { integers += 1 }
            minimum = min(minimum, number)
            maximum = max(maximum, number)
        }
        if CalendarDate.parse(text) != nil || CalendarDate.parse(text, format: .dayMonthYear) != nil { dates += 1 }
        if seen.count < 100_000 {
            if !seen.insert(text).inserted { uniqueSoFar = false }
        }
        if !distinctOverflow && !distinct.contains(text) {
            if distinct.count < ColumnProfile.distinctLimit { distinct.append(text) } else { distinctOverflow = true }
        }
    }

    /// Profiles the first `rows` data rows of `table`.
    public static func profiles(of table: DatasetTable, rows limit: Int = 5000) throws -> [ColumnProfile] {
        var profiles = zip(table.header, table.labels).map { ColumnProfile(name: $0, label: $1) }
        struct Enough: Error {}
        var seen = 0
        let missing: Set<String> = ["NA", "N/A", "n/a", "na", "-", "Don't know", "null", "NULL", "None"]
        do {
            try table.forEachRecord { record in
                guard record.count == profiles.count, !record.isBlank else { return }
                for index in profiles.indices {
                    record.withBytes(index) { profiles[index].add($0, missingValues: missing) }
                }
                seen += 1
                if seen >= limit { throw Enough() }
            }
        } catch is Enough {}
        return profiles
    }
}
