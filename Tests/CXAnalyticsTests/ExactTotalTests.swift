import Testing
@testable import CXAnalytics

/// Totals over many values (the CRM link's group and unmatched revenue): exact where a
/// `FixedPointSum` can hold the values, a double for the rest.
@Suite struct ExactTotalTests {
    typealias Money = ExactTotal<Thousandths>

    // Proves that values of up to three places are totalled exactly (0.1 three times is
    // 0.3; as doubles, 0.30000000000000004 in Python), that a value with more places
    // (0.0625) is added as a double (0.3 + 0.0625 = 0.3625), and that merging gives what
    // adding the same values to one total gives.
    @Test func totalsDecimalsExactlyAndTheRestAsDoubles() {
        var total = Money()
        for _ in 0..<3 { total.add(0.1) }
        #expect(total.value == 0.3)
        total.add(0.0625)
        #expect(total.value == 0.3625)
        var a = Money(), b = Money()
        a.add(0.1)
        a.add(0.1)
        b.add(0.1)
        b.add(0.0625)
        a.merge(b)
        #expect(a.value == total.value && a == total)
    }

    // Proves that an exact part that would overflow 64 bits is added as a double, not lost
    // and not wrapped: Int64.max − 10 thousandths (9.22 · 10¹⁵) plus 10¹⁵ thousandths
    // (10¹²) is 9.224 · 10¹⁵, not 9.223 · 10¹⁵ and not negative.
    @Test func addsAnOverflowingPartAsADouble() {
        var big = FixedPointSum<Thousandths>(), more = FixedPointSum<Thousandths>()
        big.add(units: .max - 10)
        more.add(units: 1_000_000_000_000_000)
        var total = Money(exact: big, other: 0)
        total.merge(Money(exact: more, other: 0))
        #expect(total.value == big.value + 1e12)
        #expect(total.value > 9.224e15 && total.value < 9.225e15)
    }
}
