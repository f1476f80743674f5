import Testing
@testable import CXAnalytics
import CXData

/// The exact sum of decimals that lets the chunks of the journey and the CRM link share one
/// table of sums.
@Suite struct FixedPointSumTests {
    typealias Valence = FixedPointSum<Millionths>
    typealias Money = FixedPointSum<Thousandths>

    // Proves which values are held (the doubles nearest decimals of up to six places,
    // below 1,000 in magnitude) and in how many millionths, by hand: 0.3 is 300,000;
    // −0.000001 is −1; 999.999999 is 999,999,999.
    @Test func holdsDecimalsOfUpToSixPlaces() {
        #expect(Valence.units(of: 0.3) == 300_000)
        #expect(Valence.units(of: -2) == -2_000_000)
        #expect(Valence.units(of: -0.000001) == -1)
        #expect(Valence.units(of: 999.999999) == 999_999_999)
        #expect(Valence.units(of: -0.0) == 0)
        // Refused: seven places, not the nearest double to a short decimal, too large, not finite.
        #expect(Valence.units(of: 0.1234567) == nil)
        #expect(Valence.units(of: 0.1 + 0.2) == nil)  // 0.30000000000000004
        #expect(Valence.units(of: 0.0000001) == nil)
        #expect(Valence.units(of: 1_000) == nil)
        #expect(Valence.units(of: -1_000) == nil)
        #expect(Valence.units(of: .nan) == nil)
        #expect(Valence.units(of: .infinity) == nil)
        // Money: three places, below a million: 108.61 is 108,610 thousandths.
        #expect(Money.units(of: 108.61) == 108_610 && Money.units(of: 0.001) == 1 && Money.units(of: 999_999.999) == 999_999_999)
        #expect(Money.units(of: 0.0005) == nil && Money.units(of: 1_000_000) == nil)
    }

    // Proves that the sum is the decimal sum, rounded once, and the same in any order:
    // 0.1 + 0.2 is 0.3 (as doubles, 0.30000000000000004), and the seven values below sum
    // to 1.0 in every order (by hand: 0.7 + 0.1 + 0.2 − 0.15 − 0.05 + 0.25 − 0.05 = 1.0),
    // where adding them as doubles gives 0.9999999999999998 in the first order (Python).
    @Test func sumsExactlyInAnyOrder() {
        func sum(_ values: [Double]) -> Double {
            var sum = Valence()
            for value in values { sum.add(units: Valence.units(of: value)!) }
            return sum.value
        }
        #expect(sum([0.1, 0.2]) == 0.3)
        let values = [0.7, 0.1, 0.2, -0.15, -0.05, 0.25, -0.05]
        let orders = [values, values.reversed(), values.sorted(), values.sorted(by: >), [0.1, -0.05, 0.7, -0.15, 0.25, 0.2, -0.05]]
        for order in orders { #expect(sum(order) == 1.0) }
        #expect(values.reduce(0, +) == 0.9999999999999998)
        var a = Valence(), b = Valence()
        a.add(units: 100_000)
        b.add(units: 200_000)
        a.merge(b)
        #expect(a.value == 0.3 && a.units == 300_000)
        // A total that would pass Int64.max is refused and left as it was.
        var big = Valence(), more = Valence()
        big.add(units: .max - 10)
        more.add(units: 11)
        #expect(!big.mergeUnlessOverflowing(more) && big.units == .max - 10)
        more = Valence()
        more.add(units: 10)
        #expect(big.mergeUnlessOverflowing(more) && big.units == .max)
    }

    // Proves that the loaders' units (`DecimalNumber.units(places:)`, read from the digits
    // as written) are the units this type works out from the double, wherever the loaders
    // give them, so the journey and the CRM link sum the same whichever they take: random
    // decimals of 0–8 places, whole parts up to 10⁷ (past both bounds), signs, trailing
    // zeros and exponent forms, at three places (money) and six (valences).
    @Test func loadersUnitsAreTheUnitsOfTheDouble() {
        var generator = SeededGenerator(seed: 29)
        var given = (money: 0, valences: 0)
        for _ in 0..<20_000 {
            let whole = Int.random(in: 0..<[10, 1_000, 1_000_000, 10_000_000][Int.random(in: 0..<4, using: &generator)], using: &generator)
            let places = Int.random(in: 0...8, using: &generator)
            var text = (Bool.random(using: &generator) ? "-" : "") + String(whole)
            if places > 0 {
                text += "." + String((0..<places).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
            }
            if Int.random(in: 0..<10, using: &generator) == 0 { text += "e" + String(Int.random(in: -3...3, using: &generator)) }
            let decimal = text.utf8.withContiguousStorageIfAvailable { ByteNumber.parseDecimal($0) } ?? nil
            guard let decimal else { Issue.record("\(text) did not parse"); continue }
            if let units = decimal.units(places: 3) {
                #expect(units == Money.units(of: decimal.value), "\(text)")
                given.money += 1
            }
            if let units = decimal.units(places: 6) {
                #expect(units == Valence.units(of: decimal.value), "\(text)")
                given.valences += 1
            }
        }
        // Both kinds of units were given often enough for the comparison to mean something.
        #expect(given.money > 3_000 && given.valences > 3_000)
    }
}
