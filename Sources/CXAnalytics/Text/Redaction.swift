/// Removes contact details and account-like numbers from verbatims before they are stored
/// or shown: e-mail addresses become `[email]`, phone numbers `[phone]` and card or account
/// numbers `[number]`. Dates, times, amounts and small numbers ("40 minutes", "2025-03-31",
/// "1.250.000") stay.
///
/// Rules, on the bytes of the text (no regular expressions):
/// - e-mail: `local@domain.tld`, local part of letters, digits and `._%+-`, a domain of
///   dot-separated labels ending in a TLD of two or more letters (a sentence's final "."
///   is not part of it);
/// - number candidates: digit groups joined by separator runs of at most three characters
///   from space, `-`, `.`, `/`, `(`, `)`, optionally led by `+` or `(`, not touching a
///   letter or digit on either side (so "A1234567" and "SKU 12345678X" stay); a last group
///   followed by ":" and a digit is the hour of a time and is left out ("12/03/2025 14:45");
/// - a candidate with more than 15 digits, or 12 or more digits in groups of exactly four
///   (card style), or one unbroken run of 12 or more digits, is a `[number]`;
/// - otherwise a candidate with 7 to 15 digits is a `[phone]` (an unbroken run only with
///   a leading `+` or at 10 or 11 digits), unless it is a date (`2025-03-31`, `31/03/2025`,
///   `31.03.25`), a pair of years (`2024-2025`), a thousands-grouped amount (`1 250 000`,
///   `1.250.000`), or has a one-digit group after the first (`5 5 5 4 4 4 4`, scores;
///   the second may have one digit after a `+` country code).
public enum Redaction {
    public static let emailPlaceholder = "[email]"
    public static let phonePlaceholder = "[phone]"
    public static let numberPlaceholder = "[number]"

    /// `text` with e-mail addresses, phone numbers and card/account numbers replaced.
    public static func redact(_ text: String) -> String {
        // Fast path: nothing to redact without an "@" or seven digits.
        let (ats, digits) = text.utf8.withContiguousStorageIfAvailable(countAtsAndDigits) ?? countAtsAndDigits(Array(text.utf8))
        let at = ats > 0
        guard at || digits >= 7 else { return text }
        var bytes = Array(text.utf8)
        if at { bytes = redactEmails(bytes) }
        if digits >= 7 { bytes = redactNumbers(bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The "@" signs and the ASCII digits in `bytes`. Counted without a branch per byte, so
    /// the loop runs several bytes at a time: every follow-up comment goes through it, and
    /// walking the `String`'s UTF-8 view byte by byte took about 1,200 instructions for a
    /// comment of 44 bytes.
    private static func countAtsAndDigits<Bytes: Collection>(_ bytes: Bytes) -> (ats: Int, digits: Int) where Bytes.Element == UInt8 {
        var ats = 0, digits = 0
        for byte in bytes {
            ats &+= byte == UInt8(ascii: "@") ? 1 : 0
            digits &+= byte &- 0x30 < 10 ? 1 : 0
        }
        return (ats, digits)
    }

    // MARK: e-mail

    static func redactEmails(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var copied = 0
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "@") else { index += 1; continue }
            var start = index
            while start > copied && isLocal(bytes[start - 1]) { start -= 1 }
            while start < index && bytes[start] == UInt8(ascii: ".") { start += 1 }
            var end = index + 1
            while end < bytes.count && isDomain(bytes[end]) { end += 1 }
            while end > index + 1 && (bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: "-")) { end -= 1 }
            if start < index && isDomainName(bytes[(index + 1)..<end]) {
                output.append(contentsOf: bytes[copied..<start])
                output.append(contentsOf: emailPlaceholder.utf8)
                copied = end
                index = end
            } else {
                index += 1
            }
        }
        output.append(contentsOf: bytes[copied...])
        return output
    }

    private static func isLocal(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "%")
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }

    private static func isDomain(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }

    /// Labels separated by single dots, at least two, the last of two or more letters.
    private static func isDomainName(_ domain: ArraySlice<UInt8>) -> Bool {
        let labels = domain.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), let tld = labels.last else { return false }
        return tld.count >= 2 && tld.allSatisfy { isLetter($0) }
    }

    // MARK: numbers

    static func redactNumbers(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var copied = 0
        var index = 0
        while index < bytes.count {
            guard let candidate = NumberCandidate(bytes, at: index) else {
                // Skip a whole alphanumeric run, so digits inside a code are never a start.
                if isAlphanumeric(bytes[index]) {
                    while index < bytes.count && isAlphanumeric(bytes[index]) { index += 1 }
                } else {
                    index += 1
                }
                continue
            }
            if let placeholder = candidate.placeholder {
                output.append(contentsOf: bytes[copied..<candidate.range.lowerBound])
                output.append(contentsOf: placeholder.utf8)
                copied = candidate.range.upperBound
            }
            index = candidate.range.upperBound
        }
        output.append(contentsOf: bytes[copied...])
        return output
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) || byte >= 0x80 }
}
