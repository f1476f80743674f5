import CXData
import Testing
@testable import CXAnalytics

/// Hand-worked cases for the rules the linked analyses state: peak and end tie rules, the
/// purchase window's day arithmetic, the CRM groups, the follow-up order, the paired gaps
/// and suppression of small groups. Arithmetic in the comments; t and z quantiles from
/// scipy (`stats.t.ppf(0.975, df)`, `stats.norm.ppf(0.975)`).
struct CustomerRulesTests {
    static func date(_ text: String) -> CalendarDate { CalendarDate.parse(text)! }

    /// Peak = farthest from neutral, −2 beats +2 at equal distance; end = latest date, same
    /// date → later line, undated never beats dated. Holds in every arrival order and split.
    @Test func peakAndEndTieRulesDoNotDependOnOrder() {
        // (valence, date, line): A +2 01-02 l9, B −2 01-05 l3, C +1 01-05 l7, D 0 undated l20.
        // peak = −2 (tie with +2), end = C = +1 (01-05, line 7 > 3), mean = (2 − 2 + 1 + 0)/4 = 0.25,
        // peak-end = (−2 + 1)/2 = −0.5.
        let events: [(Double, CalendarDate?, Int)] = [(2, Self.date("2025-01-02"), 9), (-2, Self.date("2025-01-05"), 3),
                                                      (1, Self.date("2025-01-05"), 7), (0, nil, 20)]
        func permutations(_ items: [Int]) -> [[Int]] {
            items.count <= 1 ? [items] : items.indices.flatMap { i in
                permutations(Array(items[..<i] + items[(i + 1)...])).map { [items[i]] + $0 }
            }
        }
        for order in permutations([0, 1, 2, 3]) {
            var whole = CustomerJourneyState(), first = CustomerJourneyState(), second = CustomerJourneyState()
            for (position, index) in order.enumerated() {
                let (valence, date, line) = events[index]
                whole.add(valence: valence, date: date, line: line, neutral: 0)
                if position < 2 { first.add(valence: valence, date: date, line: line, neutral: 0) } else {
                    second.add(valence: valence, date: date, line: line, neutral: 0)
                }
            }
            second.merge(first, neutral: 0)
            for state in [whole, second] {
                #expect(state.peak == -2 && state.end == 1 && state.count == 4)
                #expect(state.mean == 0.25 && state.peakEnd == -0.5)
            }
        }
        // On a 1…7 scale neutral is 4: 7 (distance 3) beats 2 (distance 2).
        var skewed = CustomerJourneyState()
        skewed.add(valence: 2, date: nil, line: 1, neutral: 4)
        skewed.add(valence: 7, date: nil, line: 2, neutral: 4)
        #expect(skewed.peak == 7 && skewed.end == 7)
    }

    /// On a scale centred on 0, the customer table finds the peak of the valences it holds
    /// by comparing their millionths, not the valences: for random journeys of up to six
    /// decimal places, many of them at equal distance on both sides (the magnitudes come from
    /// a short list and the signs are random), its peak is the one the rule on the valences
    /// themselves (`ValenceExtremes`) finds.
    @Test func heldPeakOnMillionthsIsThePeakOfTheValences() {
        var generator = SeededGenerator(seed: 11)
        let magnitudes = [0, 1, 499_999, 500_000, 1_000_000, 1_234_567, 2_000_000, 2_999_999, 3_000_000]
        for _ in 0..<2_000 {
            var held = CustomerPeakEnd(), plain = ValenceExtremes()
            for line in 0..<Int.random(in: 1...5, using: &generator) {
                let units = magnitudes.randomElement(using: &generator)! * (Bool.random(using: &generator) ? 1 : -1)
                let valence = Double(units) / 1e6
                let isHeld = held.add(valence: valence, date: nil, line: line, neutral: 0)
                #expect(isHeld)
                plain.add(valence + 0, date: nil, line: line, neutral: 0)
            }
            #expect(held.held.peak == plain.peak)
        }
    }

    /// Day numbers against Python's `(date − date(1970, 1, 1)).days`, and the window's edges inclusive.
    @Test func purchaseWindowCountsDaysInclusively() {
        #expect(Self.date("1970-01-01").dayNumber == 0 && Self.date("1969-12-31").dayNumber == -1)
        #expect(Self.date("2000-03-01").dayNumber == 11017 && Self.date("2024-02-29").dayNumber == 19782)
        let window = PurchaseWindow(daysBefore: 30, daysAfter: 90), response = Self.date("2025-03-01")
        #expect(window.contains(Self.date("2025-01-30"), response: response))   // 30 days before
        #expect(!window.contains(Self.date("2025-01-29"), response: response))
        #expect(window.contains(Self.date("2025-05-30"), response: response))   // 90 days after
        #expect(!window.contains(Self.date("2025-05-31"), response: response))
        #expect(!window.contains(nil, response: response) && PurchaseWindow.all.contains(nil, response: nil))
        #expect(window.description == "from 30 days before to 90 days after each customer's latest response")
    }

    /// The latest rated response wins whatever the order; a blank score does not replace a rating.
    @Test func latestRatingWins() {
        func row(_ customer: Int32, _ score: Int?, _ date: String?, line: Int) -> ResponseRow {
            var row = ResponseRow(segmentCount: 0, driverCount: 0)
            row.customer = customer
            row.nps = score
            row.date = date.map(Self.date)
            row.line = line
            return row
        }
        let rows = [row(0, 9, "2025-02-01", line: 2), row(0, 4, "2025-03-01", line: 3), row(0, nil, "2025-04-01", line: 4),
                    row(1, 7, "2025-03-01", line: 6), row(1, 2, "2025-03-01", line: 5), row(1, 10, nil, line: 9)]
        var forward = CustomerRatings(), backward = CustomerRatings()
        for item in rows { forward.add(item) }
        for item in rows.reversed() { backward.add(item) }
        #expect(forward == backward)
        #expect(forward[0]?.score == 4 && forward[0]?.group == .detractor)   // 03-01 beats 02-01; the blank 04-01 is no rating
        #expect(forward[1]?.score == 7 && forward[1]?.line == 6)             // same date: line 6 beats line 5; undated loses
    }

    /// `forEachScore` visits each rated customer once, in code order, with its latest score
    /// and whether that response was dated; codes without a rating are skipped. Hand-made:
    /// code 0 answered 9 undated, code 1 nothing, code 2 answered 3 on 2025-01-05 then 6 on
    /// 2025-02-01 (the later date wins), code 3 answered 10 on 2025-01-01.
    @Test func forEachScoreVisitsRatedCustomersInCodeOrder() {
        var ratings = CustomerRatings()
        ratings.add(customer: 0, .init(score: 9, date: nil, line: 40))
        ratings.add(customer: 2, .init(score: 6, date: CalendarDate(year: 2025, month: 2, day: 1), line: 7))
        ratings.add(customer: 2, .init(score: 3, date: CalendarDate(year: 2025, month: 1, day: 5), line: 12))
        ratings.add(customer: 3, .init(score: 10, date: CalendarDate(year: 2025, month: 1, day: 1), line: 2))
        var visited: [String] = []
        ratings.forEachScore { customer, score, dated in visited.append("\(customer):\(score):\(dated)") }
        #expect(visited == ["0:9:false", "2:6:true", "3:10:true"])
    }

    /// Five rated customers (all answered on 2025-03-01), hand-summed transactions, repeat
    /// purchase after the response, suppression of a one-customer group.
    @Test func crmGroupsByHand() throws {
        var ratings = CustomerRatings()
        for (customer, score) in [(0, 10), (1, 9), (2, 3), (3, 5), (4, 8)] {
            ratings.add(customer: Int32(customer), .init(score: score, date: Self.date("2025-03-01"), line: customer + 2))
        }
        var statistics = CRMImpactStatistics(ratings: ratings)
        // After the response: customer 0's 2025-04-01 and customer 2's 2025-03-02. Not after:
        // customer 1's purchase on the response's own day, and customer 2's undated one.
        let transactions: [(Int, Double, String?)] = [
            (0, 100, "2025-02-01"), (0, 50, "2025-04-01"), (1, 20, "2025-03-01"), (2, 30, "2025-01-10"), (2, 30, "2025-03-02"),
            (2, 40, nil), (9, 70, "2025-03-05"), (-1, 5, "2025-03-05"), (1, .nan, "2025-03-05"),
        ]
        for (customer, amount, day) in transactions {
            statistics.add(TransactionRow(customer: Int32(customer), date: day.map(Self.date), amount: amount))
        }
        let crm = CRMImpact(statistics, settings: AnalysisSettings(suppressBelow: 2))
        // Promoters 0, 1: revenue 150 + 20 = 170, mean 85, s = √(65² + 65²) = 91.92, SE = 65,
        // t(0.975, 1) = 12.7062 → 85 ± 825.90 = [−740.90, 910.90], cut at 0 because neither
        // customer's revenue is negative; bought again after: customer 0 of 0 and 1 = 50%,
        // Wilson(1, 2) = [9.4531, 90.5469].
        let promoters = crm.group(.promoter)
        #expect(promoters.customers == 2 && promoters.buyers == 2 && promoters.revenue == 170 && promoters.revenuePerCustomer == 85)
        #expect(promoters.revenuePerCustomerInterval!.low == 0)
        #expect(close(promoters.revenuePerCustomerInterval!.high, 910.9033078514, 1e-9))
        #expect(close(promoters.repeatRate!, 50, 1e-12) && close(promoters.repeatRateInterval!.low, 9.4531205734, 1e-9))
        #expect(promoters.repeatBase == 2)
        // Passive: customer 4 alone, below suppress_below = 2: no figures.
        let passives = crm.group(.passive)
        #expect(passives.customers == 1 && passives.suppressed && passives.revenue == nil && passives.repeatRate == nil)
        // Detractors 2 (30 + 30 + 40 = 100, 3 orders, one after) and 3 (none): revenue at risk
        // 100, 100/270 of all; bought again after: 1 of 2.
        let detractors = crm.group(.detractor)
        #expect(detractors.revenue == 100 && detractors.buyers == 1 && detractors.repeatRate == 50)
        #expect(statistics.datedTransactions == 5)  // placed and dated: 0's two, 1's, 2's two dated ones
        // Without a dated transaction nothing can be "after": no repeat rate, revenue still given.
        var undated = CRMImpactStatistics(ratings: ratings)
        undated.add(TransactionRow(customer: 0, amount: 10))
        undated.add(TransactionRow(customer: 1, amount: 10))
        let noDates = CRMImpact(undated, settings: AnalysisSettings(suppressBelow: 2)).group(.promoter)
        #expect(noDates.revenue == 20 && noDates.repeatRate == nil && noDates.repeatBase == nil)
        #expect(crm.revenueAtRisk == 100 && close(crm.revenueAtRiskShare!, 100 * 100 / 270, 1e-12))
        #expect(crm.unmatchedTransactions == 1 && crm.unmatchedRevenue == 70 && crm.unusable == 2)
        // A net refund: promoters 0 (+100) and 1 (100 − 140 = −40) have mean 30, s = √(70² + 70²),
        // SE = 70 → 30 ± 12.7062047·70 = [−859.4343315, 919.4343315], not cut: a mean below 0 is possible.
        var refunds = CRMImpactStatistics(ratings: ratings)
        for (customer, amount) in [(0, 100.0), (1, 100), (1, -140)] { refunds.add(TransactionRow(customer: Int32(customer), amount: amount)) }
        let refunded = try #require(CRMImpact(refunds, settings: AnalysisSettings(suppressBelow: 2)).group(.promoter).revenuePerCustomerInterval)
        #expect(close(refunded.low, -859.4343315322, 1e-9) && close(refunded.high, 919.4343315322, 1e-9))
        // The window (`purchaseWindowCountsDaysInclusively`): 61 days after a 2025-03-01 response is
        // outside 30 days after, 30 days is inside; an undated rating places no transaction.
        var windowed = CRMImpactStatistics(ratings: ratings, window: PurchaseWindow(daysAfter: 30))
        windowed.add(TransactionRow(customer: 0, date: Self.date("2025-05-01"), amount: 10))
        windowed.add(TransactionRow(customer: 0, date: Self.date("2025-03-31"), amount: 7))
        #expect(windowed.outsideWindow == 1 && windowed.purchases(of: 0).revenue == 7 && windowed.purchases(of: 0).ordersAfter == 1)
        // A window that ends on the answer's day leaves no time to buy again: no repeat rate.
        var sameDay = CRMImpactStatistics(ratings: ratings, window: PurchaseWindow(daysBefore: 30, daysAfter: 0))
        for customer: Int32 in [0, 1] { sameDay.add(TransactionRow(customer: customer, date: Self.date("2025-02-20"), amount: 5)) }
        let closed = CRMImpact(sameDay, settings: AnalysisSettings(suppressBelow: 2)).group(.promoter)
        #expect(closed.revenue == 10 && closed.repeatRate == nil)
        var undatedRating = CustomerRatings()
        undatedRating.add(customer: 0, .init(score: 9, date: nil, line: 2))
        var undatedWindow = CRMImpactStatistics(ratings: undatedRating, window: PurchaseWindow(daysAfter: 30))
        undatedWindow.add(TransactionRow(customer: 0, date: Self.date("2025-01-01"), amount: 10))
        #expect(undatedWindow.outsideWindow == 1 && undatedWindow.purchases.isEmpty)
        // Revenue is summed exactly in thousandths: promoters 0 (0.1 + 0.1) and 1 (0.1) bought
        // 0.3 in all, where adding doubles per customer, then per group, gives
        // (0.1 + 0.1) + 0.1 = 0.30000000000000004 (Python); with 0.0625 more (four places,
        // summed as a double) 0.3625.
        var cents = CRMImpactStatistics(ratings: ratings)
        for (customer, amount) in [(0, 0.1), (1, 0.1), (0, 0.1)] { cents.add(TransactionRow(customer: Int32(customer), amount: amount)) }
        let (a, b) = (0.1, 0.1)
        #expect((a + b) + 0.1 == 0.30000000000000004)
        #expect(CRMImpact(cents, settings: AnalysisSettings(suppressBelow: 2)).group(.promoter).revenue == 0.3)
        cents.add(TransactionRow(customer: 1, amount: 0.0625))
        #expect(CRMImpact(cents, settings: AnalysisSettings(suppressBelow: 2)).group(.promoter).revenue == 0.3625)
        // So is the revenue of customers without a rating (9 is not rated): 0.3, not 0.30000000000000004.
        for _ in 0..<3 { cents.add(TransactionRow(customer: 9, amount: 0.1)) }
        #expect(cents.unmatchedRevenue == 0.3 && cents.unmatchedTransactions == 3)
    }

    /// Order: score ascending, date descending (undated last), line; comments redacted as they
    /// are collected (a UK number of 11 digits is a phone), or left out; suppressible.
    @Test func followUpOrderRedactionAndSuppression() {
        var collector = FollowUpCollector(), withoutComments = FollowUpCollector(keepsComments: false)
        for (line, score, date) in [(2, 3, "2025-02-01"), (3, 6, "2025-03-01"), (4, 3, "2025-03-01"), (5, 3, nil),
                                    (6, 9, "2025-01-01"), (7, 3, "2025-03-01")] as [(Int, Int, String?)] {
            var row = ResponseRow(segmentCount: 1, driverCount: 0)
            row.line = line
            row.nps = score
            row.date = date.map(Self.date)
            row.segments = [line == 2 ? -1 : 0]
            row.comment = "call me on 020 7946 095\(line)"
            collector.add(row)
            withoutComments.add(row)
        }
        #expect(collector[0].comment == "call me on [phone]")
        let list = FollowUpList(collector, customers: CategoryValues(), segmentNames: ["region"], segmentValues: [["North"]])
        #expect(list.entries.map(\.line) == [4, 7, 2, 5, 3] && list.count == 5)
        #expect(list.entries.allSatisfy { $0.comment == "call me on [phone]" && $0.customer == nil })
        #expect(list.entries[2].segments.isEmpty && list.entries[0].segments == [.init(field: "region", value: "North")])
        let private_ = FollowUpList(withoutComments, customers: CategoryValues(), segmentNames: ["region"], segmentValues: [["North"]])
        #expect(private_.entries.map(\.line) == [4, 7, 2, 5, 3] && private_.entries.allSatisfy { $0.comment == nil })
        let withheld = FollowUpList(collector, customers: CategoryValues(), segmentNames: ["region"], segmentValues: [["North"]],
                                    suppressed: true)
        #expect(withheld.suppressed && withheld.entries.isEmpty && withheld.count == 5)
    }

    /// With values at risk, the most valuable customer comes first and equal values keep the
    /// score/date/line order: values 10, 50, 10 for customers 0, 1, 2 → lines 3 (50), then
    /// 2 and 4 (10 each, both score 3 and undated, so by line). The collector gives back
    /// what it was given (no comment stays nil, dates and segment codes survive packing).
    @Test func followUpByValueAndCollectorRoundTrip() {
        var collector = FollowUpCollector()
        for (line, score, customer, comment) in [(2, 3, 0, "late"), (3, 6, 1, nil), (4, 3, 2, "rude")] as [(Int, Int, Int32, String?)] {
            var row = ResponseRow(segmentCount: 2, driverCount: 0)
            row.line = line
            row.nps = score
            row.customer = customer
            row.date = line == 3 ? Self.date("2024-02-29") : nil
            row.segments = [Int32(line), -1]
            row.comment = comment
            collector.add(row)
        }
        var other = FollowUpCollector()
        var ignored = ResponseRow(segmentCount: 2, driverCount: 0)
        ignored.nps = 7
        other.add(ignored)
        collector.merge(other)
        #expect(collector.entries.map(\.line) == [2, 3, 4] && collector.entries.map(\.comment) == ["late", nil, "rude"])
        #expect(collector[1].date == Self.date("2024-02-29") && collector[0].date == nil && collector[2].segments == [4, -1])
        let values: [Int32: Double] = [0: 10, 1: 50, 2: 10]
        var ids = CategoryInterner()
        for id in ["C0", "C1", "C2"] { _ = Array(id.utf8).withUnsafeBufferPointer { ids.code(for: $0) } }
        let list = FollowUpList(collector, customers: ids.snapshot, segmentNames: ["a", "b"], segmentValues: [[], []],
                                valueAtRisk: { values[$0]! })
        #expect(list.entries.map(\.line) == [3, 2, 4] && list.entries.map(\.value) == [50, 10, 10])
        #expect(list.entries.map(\.customer) == ["C1", "C0", "C2"] && list.entries.map(\.comment) == [nil, "late", "rude"])
        #expect(list.entries[0].date == "2024-02-29" && list.entries[1].date == nil && list.entries[0].segments.isEmpty)
    }

    /// Paired gap, sacrifice and outcome by hand; four pairs are suppressed, the fifth shows them (low base).
    @Test func gapsByHandAndSuppression() throws {
        // (E, P) = (5,4) (6,6) (4,5) (7,5) (5,3): d = P − E = −1, 0, 1, −2, −2; mean −0.8;
        // s² = (0.04 + 0.64 + 3.24 + 1.44 + 1.44)/4 = 1.7; SE = √(1.7/5) = 0.58310;
        // t(0.975, 4) = 2.77645 → [−2.41893, 0.81893]. Mean E = 27/5 = 5.4, mean P = 23/5 = 4.6.
        // As sacrifice (wanted, received) the gap is +0.8 and 4 of 5 differ (80%).
        // Outcome yes, yes, no, yes, no: 60%, Wilson(3, 5) = [23.0724, 88.2379].
        let pairs: [(Double, Double)] = [(5, 4), (6, 6), (4, 5), (7, 5), (5, 3)]
        let answers = [true, true, false, true, false]
        var statistics = ResponseStatistics(periodLength: .quarter, segmentCount: 0, csatScale: 1...5, cesScale: 1...7,
                                            expectationCount: 1, sacrificeCount: 1)
        for index in 0..<5 {
            var row = ResponseRow(segmentCount: 0, driverCount: 0, expectationCount: 1, sacrificeCount: 1)
            row.expectations = [ScorePair(expected: pairs[index].0, actual: pairs[index].1)]
            row.sacrifices = row.expectations
            row.outcome = answers[index]
            statistics.add(row)
            let analysis = ResponseAnalysis(statistics: statistics, segmentNames: [], segmentValues: [], driverNames: [],
                                            expectationNames: ["reliability"], sacrificeNames: ["speed"],
                                            dataQuality: DataQuality(file: "x.csv", roles: []), settings: AnalysisSettings())
            let gap = analysis.gaps[0], sacrifice = analysis.sacrifice[0]
            if index < 4 {
                #expect(analysis.overall.suppressed && gap.suppressed && gap.gap == nil && analysis.overall.outcome == nil)
                continue
            }
            #expect(!gap.suppressed && gap.lowBase && gap.n == 5)
            #expect(close(gap.gap!, -0.8, 1e-12) && close(gap.expected!, 5.4, 1e-12) && close(gap.perceived!, 4.6, 1e-12))
            #expect(close(gap.interval!.low, -2.4189317847, 1e-9) && close(gap.interval!.high, 0.8189317847, 1e-9))
            #expect(close(sacrifice.gap!, 0.8, 1e-12) && close(sacrifice.interval!.high, 2.4189317847, 1e-9))
            #expect(close(sacrifice.differing!, 80, 1e-12))
            let outcome = try #require(analysis.overall.outcome)
            #expect(close(outcome.score, 60, 1e-12) && close(outcome.interval.low, 23.0724281276, 1e-9)
                    && close(outcome.interval.high, 88.2379225767, 1e-9))
        }
    }

    /// A touchpoint with fewer events than suppress_below shows no figures and is not a moment of truth.
    @Test func smallTouchpointsAreSuppressed() {
        var journey = JourneyStatistics(scale: -3...3)
        for (customer, touchpoint, valence) in [(0, 0, -2.0), (1, 0, -1), (2, 0, -3), (3, 0, 1), (0, 1, -1), (1, 1, -2)] as [(Int32, Int32, Double)] {
            var row = TouchpointRow(line: Int(customer) + 2)
            row.customer = customer
            row.stage = .after
            row.touchpoint = touchpoint
            row.emotion = valence
            row.emotionLabel = valence < 0 ? 0 : 1
            journey.add(row)
        }
        let result = CustomerJourney(journey, touchpointNames: ["delivery", "returns"], labelNames: ["anger", "joy"], ratings: nil,
                                     settings: AnalysisSettings(suppressBelow: 3))
        let delivery = result.touchpoints[0], returns = result.touchpoints[1]
        // delivery: 4 events, 3 negative = 75%, 4 customers → impact 0.75 × 4 = 3.
        #expect(delivery.n == 4 && !delivery.suppressed && delivery.negative == 75 && delivery.mean == -1.25)
        #expect(delivery.emotions == [.init(label: "anger", count: 3), .init(label: "joy", count: 1)])
        #expect(returns.n == 2 && returns.suppressed && returns.mean == nil && returns.emotions.isEmpty)
        #expect(result.momentsOfTruth.map(\.touchpoint) == ["delivery"] && result.momentsOfTruth[0].impact == 3)
        #expect(result.peakEnd == nil && result.stages[0].suppressed && result.stages[0].n == 0)
    }

    /// Customers reached: the first 32 slots (touchpoint code × 3 + stage) keep it as bits of
    /// each customer's state, later slots in a set of their own. With 12 touchpoints (36
    /// slots) both are used. Seeded events, some without a valence and some with no
    /// customer, folded in one pass and in three merged chunks (batches of 16), must reach
    /// exactly the customers a plain `Set` collects, per touchpoint and per stage.
    @Test func customersReachedCountedAcrossBothMechanisms() {
        var random = SeededGenerator(seed: 5)
        let rows = (0..<4_000).map { line -> TouchpointRow in
            var row = TouchpointRow(line: line + 2)
            row.customer = random.uniform() < 0.03 ? -1 : Int32(random.uniform() * 300)
            row.stage = JourneyStage.allCases[Int(random.uniform() * 3)]
            row.touchpoint = Int32(random.uniform() * 12)
            row.emotion = random.uniform() < 0.2 ? .nan : Double(Int(random.uniform() * 7) - 3)
            row.emotionLabel = -1
            return row
        }
        var expected: [JourneyStatistics.TouchpointKey: Set<Int32>] = [:], byStage: [JourneyStage: Set<Int32>] = [:]
        var valued = Set<Int32>()
        for row in rows where row.customer >= 0 {
            expected[.init(stage: row.stage!, touchpoint: row.touchpoint), default: []].insert(row.customer)
            byStage[row.stage!, default: []].insert(row.customer)
            if row.emotion.isFinite { valued.insert(row.customer) }
        }
        var onePass = JourneyStatistics(scale: -3...3)
        for row in rows { onePass.add(row) }
        var chunks = (0..<3).map { _ in BatchedFold(JourneyStatistics(scale: -3...3), batchSize: 16) }
        for (index, row) in rows.enumerated() { chunks[index * 3 / rows.count].add(row) }
        var merged = chunks[0].finished()
        for chunk in chunks.dropFirst() { merged.merge(chunk.finished()) }
        let names = (0..<12).map { "t\($0)" }
        for journey in [onePass, merged] {
            let touchpoints = journey.touchpoints
            #expect(touchpoints.count == 36)
            for (key, customers) in expected { #expect(touchpoints[key]?.customers.count == customers.count, "\(key)") }
            #expect(journey.customerCount == valued.count)
            let result = CustomerJourney(journey, touchpointNames: names, labelNames: [], ratings: nil, settings: AnalysisSettings())
            #expect(result.stages.map(\.customers) == JourneyStage.allCases.map { byStage[$0]!.count })
        }
    }
}
