/// A run of digit groups that may be a phone, card or account number (see `Redaction`).
struct NumberCandidate {
    /// Bytes covered, from a leading "+" or "(" to the last digit.
    var range: Range<Int>
    /// Byte ranges of the digit groups.
    var groups: [Range<Int>] = []
    /// The separator run before each group after the first.
    var separators: [ArraySlice<UInt8>] = []
    var hasPlus = false
    /// Letters or digits touch its end: part of a code, never redacted.
    var touchesWord = false
    private let bytes: [UInt8]

    /// The candidate starting at `start`, or nil when none starts there.
    init?(_ bytes: [UInt8], at start: Int) {
        self.bytes = bytes
        if start > 0 && Redaction.isAlphanumeric(bytes[start - 1]) { return nil }
        var index = start
        while index < bytes.count, index - start < 2, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "(") {
            if bytes[index] == UInt8(ascii: "+") { hasPlus = true }
            index += 1
        }
        guard index < bytes.count, Redaction.isDigit(bytes[index]) else { return nil }
        var end = index
        while true {
            let groupStart = index
            while index < bytes.count && Redaction.isDigit(bytes[index]) { index += 1 }
            groups.append(groupStart..<index)
            end = index
            var next = index
            while next < bytes.count, next - index < 3, Self.isSeparator(bytes[next]) { next += 1 }
            guard next > index, next < bytes.count, Redaction.isDigit(bytes[next]) else { break }
            separators.append(bytes[index..<next])
            index = next
        }
        // "12/03/2025 14:45": the last group is the hour of a time, not part of the number.
        if groups.count > 1, end + 1 < bytes.count, bytes[end] == UInt8(ascii: ":"), Redaction.isDigit(bytes[end + 1]) {
            groups.removeLast()
            separators.removeLast()
            end = groups[groups.count - 1].upperBound
        }
        range = start..<end
        touchesWord = end < bytes.count && Redaction.isAlphanumeric(bytes[end])
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
    }

    var digitCount: Int { groups.reduce(0) { $0 + $1.count } }

    /// `[phone]`, `[number]`, or nil to leave the text as it is.
    var placeholder: String? {
        let digits = digitCount
        guard !touchesWord, digits >= 7 else { return nil }
        if groups.count == 1 {
            if hasPlus && digits <= 15 { return Redaction.phonePlaceholder }
            if digits >= 12 { return Redaction.numberPlaceholder }
            return digits == 10 || digits == 11 ? Redaction.phonePlaceholder : nil
        }
        if !hasPlus && (isDate || isYearPair || isGroupedAmount) { return nil }
        // One-digit groups: only first, or second after a country code ("+33 1 23 45 67 89").
        if groups.indices.dropFirst().contains(where: { groups[$0].count == 1 && !(hasPlus && $0 == 1) }) { return nil }
        if digits > 15 { return Redaction.numberPlaceholder }
        if !hasPlus && digits >= 12 && groups.count >= 3 && groups.allSatisfy({ $0.count == 4 }) {
            return Redaction.numberPlaceholder
        }
        return Redaction.phonePlaceholder
    }

    /// One separator character, the same between all groups, or nil.
    private var uniformSeparator: UInt8? {
        guard let first = separators.first, first.count == 1,
              separators.allSatisfy({ $0.count == 1 && $0.first == first.first }) else { return nil }
        return first.first
    }

    /// yyyy-mm-dd, dd/mm/yyyy, mm/dd/yy, dd.mm.yyyy …: three groups, one separator of - / .
    private var isDate: Bool {
        guard groups.count == 3, let separator = uniformSeparator,
              separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".") else { return false }
        let lengths = groups.map(\.count)
        let yearFirst = lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2
        let yearLast = lengths[0] <= 2 && lengths[1] <= 2 && (lengths[2] == 2 || lengths[2] == 4)
        return yearFirst || yearLast
    }

    /// "2024-2025", "1999/2000", "2024 2025".
    private var isYearPair: Bool {
        groups.count == 2 && groups.allSatisfy { group in
            group.count == 4 && (bytes[group].starts(with: "19".utf8) || bytes[group].starts(with: "20".utf8))
        }
    }

    /// "1 250 000", "1.250.000": 1–3 digits, then groups of three, one "." or " " between.
    private var isGroupedAmount: Bool {
        guard let separator = uniformSeparator, separator == UInt8(ascii: ".") || separator == UInt8(ascii: " "),
              groups[0].count <= 3 else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }
}
