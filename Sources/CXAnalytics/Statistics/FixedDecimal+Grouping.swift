extension FixedDecimal {
    /// Whole numbers with comma thousands separators, no locale: 1,000,000; "−1,234".
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return value < 0 ? "\u{2212}" + result : result
    }
}
