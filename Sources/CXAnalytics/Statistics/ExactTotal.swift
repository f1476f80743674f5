/// A running total of decimal values that is exact wherever it can be: the values a
/// `FixedPointSum` holds (at most `Places` decimal places, below its bound) are summed in
/// whole units, and only the others, or a part that would overflow 64 bits, as a double.
/// For totals over many values where no single customer's bound applies: the CRM link's
/// group revenue and its unmatched revenue.
///
/// `merge` adds the other total's double part first and then its exact part (falling back
/// to its double value on overflow), so folding the same totals in the same order gives
/// the same value bit for bit.
struct ExactTotal<Places: DecimalPlaces>: Hashable, Sendable {
    private var exact = FixedPointSum<Places>()
    private var other = 0.0

    init() {}

    /// A total already split into its exact part and the rest.
    init(exact: FixedPointSum<Places>, other: Double) {
        self.exact = exact
        self.other = other
    }

    mutating func add(_ value: Double) {
        var single = FixedPointSum<Places>()
        guard let units = FixedPointSum<Places>.units(of: value) else { other += value; return }
        single.add(units: units)
        if !exact.mergeUnlessOverflowing(single) { other += value }
    }

    mutating func merge(_ total: ExactTotal) {
        other += total.other
        if !exact.mergeUnlessOverflowing(total.exact) { other += total.exact.value }
    }

    /// The total as a double: the exact part rounded once, plus the rest.
    var value: Double { exact.value + other }
}
