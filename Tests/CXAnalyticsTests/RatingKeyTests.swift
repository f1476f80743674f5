import CXData
import Testing
@testable import CXAnalytics

/// `RatingKey` packs a rating into one number so that "keep the later rating" becomes
/// "keep the maximum". These tests hold the packing to the rule it replaces
/// as `CustomerRatings` states it, written out case by case here.
struct RatingKeyTests {
    /// True when `a` is a later response than `b`: dated beats undated, then the later
    /// date, then the later line.
    static func isLater(_ a: CustomerRatings.Rating, than b: CustomerRatings.Rating) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?): return x != y ? x > y : a.line > b.line
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return a.line > b.line
        }
    }

    /// For seeded random pairs (dated and undated, equal dates, the calendar's extremes),
    /// the packed order is `isLater`, and every key unpacks to the rating it was made from.
    @Test func packedOrderIsTheLaterRule() {
        var generator = SeededGenerator(seed: 20261123)
        let years = [1, 1999, 2025, 2026, 9999]
        func randomRating() -> CustomerRatings.Rating {
            let date: CalendarDate? = Int.random(in: 0..<4, using: &generator) == 0 ? nil
                : CalendarDate(year: years.randomElement(using: &generator)!, month: Int.random(in: 1...12, using: &generator),
                               day: Int.random(in: 1...28, using: &generator))
            return CustomerRatings.Rating(score: Int.random(in: 0...10, using: &generator), date: date,
                                          line: Int.random(in: 2...40, using: &generator))
        }
        for _ in 0..<20_000 {
            let a = randomRating(), b = randomRating()
            let packedA = RatingKey.pack(score: a.score, date: a.date, line: a.line)
            let packedB = RatingKey.pack(score: b.score, date: b.date, line: b.line)
            #expect(packedA != 0)
            #expect(RatingKey.unpack(packedA) == a)
            // One line is one response, so two ratings on the same line are the same one.
            if a.line != b.line { #expect((packedA > packedB) == Self.isLater(a, than: b), "\(a) vs \(b)") }
        }
    }

    /// The flat per-customer table answers like the rule: a dated response beats an
    /// undated one whatever the lines, and customers never rated have no rating.
    @Test func customerRatingsKeepsTheLaterResponse() {
        var ratings = CustomerRatings()
        let march = CalendarDate(year: 2025, month: 3, day: 1)!, may = CalendarDate(year: 2025, month: 5, day: 1)!
        ratings.add(customer: 7, .init(score: 9, date: may, line: 10))
        ratings.add(customer: 7, .init(score: 2, date: march, line: 90))   // earlier date, later line: loses
        ratings.add(customer: 7, .init(score: 4, date: nil, line: 200))    // undated: loses
        ratings.add(customer: 3, .init(score: 6, date: nil, line: 5))
        ratings.add(customer: 3, .init(score: 8, date: nil, line: 6))      // both undated: later line wins
        #expect(ratings[7] == .init(score: 9, date: may, line: 10))
        #expect(ratings[3] == .init(score: 8, date: nil, line: 6))
        #expect(ratings[0] == nil && ratings[5] == nil && ratings[1_000] == nil)
        #expect(ratings.count == 2)
        var visited: [Int32] = []
        ratings.forEach { customer, _ in visited.append(customer) }
        #expect(visited == [3, 7])
    }
}
