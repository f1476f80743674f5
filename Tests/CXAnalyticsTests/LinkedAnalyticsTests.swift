import CXData
import Foundation
import Testing
@testable import CXAnalytics

/// Outcome, expectation and sacrifice gaps, journey, CRM link and follow-up list on a
/// 300-response sample project with linked touchpoints and transactions, against an
/// independent computation with pandas, scipy and statsmodels:
/// Fixtures/linked/reference.py → reference.out.txt (expected values copied from there).
struct LinkedAnalyticsTests {
    struct Linked: Sendable {
        var analysis: ResponseAnalysis
        var journey: CustomerJourney
        var crm: CRMImpact
        var followUp: FollowUpList
        var followUpByValue: FollowUpList
        var ratings: CustomerRatings
    }

    /// One pass over the fixture, shared by the tests that only read it.
    static let onePass = Result { try analyze() }

    static var directory: String { Fixtures.directory.appendingPathComponent("linked").path }

    /// Loads the three datasets and folds each into `chunks` interleaved partial results that
    /// are merged at the end (1 = one pass), the way the site's analyzer joins them. One pass
    /// adds the customer-table statistics (ratings, journey, CRM) row by row; chunks add them
    /// through `BatchedFold` as the analyzer does (batches of 16, so every chunk flushes full
    /// batches and merges leftovers), so comparing the two checks the batches.
    static func analyze(chunks: Int = 1, settings: AnalysisSettings = AnalysisSettings()) throws -> Linked {
        let config = try ProjectConfig.load(projectDirectory: directory)
        let dataset = try #require(config.responses)
        let loader = try ResponseLoader(dataset: dataset, projectDirectory: directory)
        let empty = ResponseStatistics(periodLength: .quarter, segmentCount: 3, csatScale: 1...5, cesScale: 1...7, driverCount: 5,
                                       expectationCount: 3, sacrificeCount: 1)
        var statistics = Array(repeating: empty, count: chunks)
        var ratings = Array(repeating: BatchedFold(CustomerRatings(), batchSize: 16), count: chunks), rated = CustomerRatings()
        var followUp = Array(repeating: FollowUpCollector(), count: chunks)
        var index = 0
        let quality = try loader.forEachRow { row in
            let part = (index * 7919) % chunks
            statistics[part].add(row)
            if chunks == 1 { rated.add(row) } else if let rating = CustomerRatings.Row(row) { ratings[part].add(rating) }
            followUp[part].add(row)
            index += 1
        }
        for part in (1..<chunks).reversed() {
            statistics[0].merge(statistics[part])
            ratings[0].merge(ratings[part])
            followUp[0].merge(followUp[part])
        }
        let analysis = ResponseAnalysis(statistics: statistics[0], segmentNames: loader.segmentNames, segmentValues: loader.segmentValues,
                                        driverNames: loader.driverNames, expectationNames: dataset.expectations.map(\.name),
                                        sacrificeNames: dataset.sacrifices.map(\.name), dataQuality: quality, settings: settings)
        // The linked loaders code customers with the responses' interner, as the analysis does.
        let customers = try #require(loader.customerInterner)
        if chunks > 1 { rated = ratings[0].finished() }

        let touchpoints = try TouchpointLoader(dataset: try #require(config.touchpoints), projectDirectory: directory, customers: customers)
        var journeys = Array(repeating: BatchedFold(JourneyStatistics(scale: -3...3), batchSize: 16), count: chunks)
        var journeyOnePass = JourneyStatistics(scale: -3...3)
        index = 0
        _ = try touchpoints.forEachRow { row in
            if chunks == 1 { journeyOnePass.add(row) } else { journeys[(index * 7919) % chunks].add(row) }
            index += 1
        }
        for part in (1..<chunks).reversed() { journeys[0].merge(journeys[part]) }
        let journey = CustomerJourney(chunks == 1 ? journeyOnePass : journeys[0].finished(), touchpointNames: touchpoints.touchpointValues,
                                      labelNames: touchpoints.emotionLabelValues, ratings: rated, settings: settings)

        let transactions = try TransactionLoader(dataset: try #require(config.transactions), projectDirectory: directory, customers: customers)
        var batches = Array(repeating: BatchedFold(CRMImpactStatistics(ratings: rated), batchSize: 16), count: chunks)
        var purchases = [CRMImpactStatistics(ratings: rated)]
        index = 0
        _ = try transactions.forEachRow { row in
            if chunks == 1 { purchases[0].add(row) } else { batches[(index * 7919) % chunks].add(row) }
            index += 1
        }
        for part in (1..<chunks).reversed() { batches[0].merge(batches[part]) }
        if chunks > 1 { purchases[0] = batches[0].finished() }
        let list = FollowUpList(followUp[0], customers: customers.snapshot, segmentNames: loader.segmentNames,
                                segmentValues: loader.segmentValues)
        let byValue = FollowUpList(followUp[0], customers: customers.snapshot, segmentNames: loader.segmentNames,
                                   segmentValues: loader.segmentValues,
                                   valueAtRisk: { [purchases = purchases[0]] in purchases.purchases(of: $0).revenue })
        return Linked(analysis: analysis, journey: journey, crm: CRMImpact(purchases[0], settings: settings), followUp: list,
                      followUpByValue: byValue,
                      ratings: rated)
    }

    /// Share answering yes with statsmodels' Wilson interval, and Q3 → Q4 by pooled two-proportion z.
    @Test func outcomeMatchesReference() throws {
        let analysis = try Self.onePass.get().analysis
        let outcome = try #require(analysis.overall.outcome)
        #expect(outcome.n == 296)
        #expect(close(outcome.score, 88.5135135135, 1e-9) && close(outcome.interval.low, 84.3774052058, 1e-9)
                && close(outcome.interval.high, 91.6627797962, 1e-9))
        let change = try #require(analysis.latestChange.first { $0.measure == .outcome })
        #expect(change.from == "2025-Q3" && change.to == "2025-Q4")
        #expect(close(change.comparison.difference, 5.4054054054, 1e-9) && close(change.comparison.statistic, 1.0059651147, 1e-9))
        #expect(close(change.comparison.pValue, 0.3144323515, 1e-9) && !change.significant)
        #expect(change.phrase.hasPrefix("no significant change"))
    }

    /// P − E per dimension with scipy's paired t interval, overall and for region North.
    @Test func expectationGapsMatchReference() throws {
        let analysis = try Self.onePass.get().analysis
        let expected: [(String, Int, Double, Double, Double, Double, Double)] = [
            ("reliability", 291, 5.2852233677, 4.3711340206, -0.9140893471, -1.0235142416, -0.8046644525),
            ("responsiveness", 295, 5.2881355932, 4.8813559322, -0.4067796610, -0.5101326866, -0.3034266354),
            ("empathy", 296, 5.3378378378, 5.6081081081, 0.2702702703, 0.1678748540, 0.3726656866),
        ]
        let north: [(String, Int, Double, Double, Double, Double, Double)] = [
            ("reliability", 77, 5.1558441558, 4.3896103896, -0.7662337662, -0.9571863226, -0.5752812099),
            ("responsiveness", 78, 5.2564102564, 4.9102564103, -0.3461538462, -0.5446048538, -0.1477028385),
            ("empathy", 77, 5.3376623377, 5.6363636364, 0.2987012987, 0.0869799621, 0.5104226353),
        ]
        let region = try #require(analysis.segments.first { $0.field == "region" }?.values.first { $0.value == "North" })
        for (gaps, reference) in [(analysis.gaps, expected), (try #require(region.result.gaps), north)] {
            #expect(gaps.count == 3)
            for (gap, row) in zip(gaps, reference) {
                #expect(gap.dimension == row.0 && gap.n == row.1 && !gap.suppressed)
                #expect(close(gap.expected!, row.2, 1e-9) && close(gap.perceived!, row.3, 1e-9) && close(gap.gap!, row.4, 1e-9))
                #expect(close(gap.interval!.low, row.5, 1e-9) && close(gap.interval!.high, row.6, 1e-9))
            }
        }
    }

    /// Wanted − received delivery days (t interval) and the share with any gap (Wilson).
    @Test func sacrificeMatchesReference() throws {
        let sacrifice = try #require(try Self.onePass.get().analysis.sacrifice.first)
        #expect(sacrifice.attribute == "delivery_speed" && sacrifice.n == 300)
        #expect(close(sacrifice.wanted!, 1.9733333333, 1e-9) && close(sacrifice.received!, 3.8933333333, 1e-9))
        #expect(close(sacrifice.gap!, -1.92, 1e-9))
        #expect(close(sacrifice.interval!.low, -2.0806915321, 1e-9) && close(sacrifice.interval!.high, -1.7593084679, 1e-9))
        #expect(close(sacrifice.differing!, 90, 1e-9))
        #expect(close(sacrifice.differingInterval!.low, 86.0833537615, 1e-9) && close(sacrifice.differingInterval!.high, 92.9052085405, 1e-9))
    }

    /// Per stage and touchpoint: n, reach, mean valence (t), share negative (Wilson), emotion mix.
    @Test func journeyGroupsMatchReference() throws {
        let journey = try Self.onePass.get().journey
        // (label, n, customers, mean, low, high, negative, nlow, nhigh, mix)
        let reference: [(String, Int, Int, Double, Double, Double, Double, Double, Double, String)] = [
            ("before", 243, 169, 0.9465020576, 0.8292652446, 1.0637388706, 6.1728395062, 3.7761535385, 9.9336418024,
             "trust:111,joy:54,neutral:54,anxiety:14,delight:9,frustration:1"),
            ("during", 246, 169, 0.7073170732, 0.5653885942, 0.8492455522, 11.3821138211, 7.9932633151, 15.9585095825,
             "neutral:89,trust:70,joy:41,anxiety:24,delight:18,frustration:4"),
            ("after", 246, 169, -0.7682926829, -0.9246511649, -0.6119342009, 57.7235772358, 51.4781712815, 63.7314741390,
             "anxiety:71,neutral:65,frustration:49,trust:32,anger:22,joy:7"),
            ("before/social media", 89, 80, 0.4943820225, 0.2957454301, 0.6930186148, 14.6067415730, 8.7394602734, 23.4029243894,
             "trust:35,neutral:30,anxiety:12,joy:10,delight:1,frustration:1"),
            ("before/store visit", 88, 80, 1.2159090909, 1.0386410775, 1.3931771043, 2.2727272727, 0.6254928264, 7.9125453553,
             "trust:41,joy:28,neutral:13,delight:4,anxiety:2"),
            ("before/website", 66, 61, 1.1969696970, 1.0030679472, 1.3908714468, 0, 0, 5.5002557014, "trust:35,joy:16,neutral:11,delight:4"),
            ("during/checkout", 87, 75, 0.1494252874, -0.0301566124, 0.3290071871, 20.6896551724, 13.5073596042, 30.3508735615,
             "neutral:39,trust:27,anxiety:16,joy:3,frustration:2"),
            ("during/payment", 78, 69, 0.4358974359, 0.2191212799, 0.6526735919, 12.8205128205, 7.1153226312, 22.0159503986,
             "neutral:33,trust:25,joy:9,anxiety:8,frustration:2,delight:1"),
            ("during/store staff", 81, 74, 1.5679012346, 1.3361532870, 1.7996491821, 0, 0, 4.5278085432, "joy:29,trust:18,delight:17,neutral:17"),
            ("after/delivery", 78, 71, -0.9743589744, -1.2437785628, -0.7049393859, 64.1025641026, 53.0268032142, 73.8544380503,
             "frustration:22,anxiety:21,neutral:19,trust:8,anger:7,joy:1"),
            ("after/returns", 88, 78, -1.2272727273, -1.4755466895, -0.9789987650, 72.7272727273, 62.6187950510, 80.9345201005,
             "anxiety:27,frustration:23,neutral:17,anger:14,trust:7"),
            ("after/support", 80, 71, -0.0625, -0.2982892417, 0.1732892417, 35, 25.4545505349, 45.9199933512,
             "neutral:29,anxiety:23,trust:17,joy:6,frustration:4,anger:1"),
        ]
        let groups = journey.stages + journey.touchpoints
        #expect(groups.map { g in g.touchpoint.map { "\(g.stage)/\($0)" } ?? "\(g.stage)" } == reference.map(\.0))
        for (group, row) in zip(groups, reference) {
            #expect(group.n == row.1 && group.customers == row.2, "\(row.0)")
            #expect(close(group.mean!, row.3, 1e-9) && close(group.interval!.low, row.4, 1e-9) && close(group.interval!.high, row.5, 1e-9), "\(row.0)")
            #expect(close(group.negative!, row.6, 1e-9) && close(group.negativeInterval!.low, row.7, 1e-9)
                    && close(group.negativeInterval!.high, row.8, 1e-9), "\(row.0)")
            #expect(group.emotions.map { "\($0.label):\($0.count)" }.joined(separator: ",") == row.9, "\(row.0)")
        }
        #expect(journey.curve.map { $0! } == journey.stages.map { $0.mean! })
    }

    /// Moments of truth in pandas' order and impacts; peak-end and average correlations (scipy pearsonr)
    /// with the tie rules restated in the script; returns and delivery are the planted worst moments.
    @Test func momentsOfTruthAndPeakEndMatchReference() throws {
        let journey = try Self.onePass.get().journey
        let expected: [(String, Double)] = [
            ("after/returns", 56.7272727273), ("after/delivery", 45.5128205128), ("after/support", 24.85),
            ("during/checkout", 15.5172413793), ("before/social media", 11.6853932584), ("during/payment", 8.8461538462),
            ("before/store visit", 1.8181818182),
        ]
        #expect(journey.momentsOfTruth.map { "\($0.stage)/\($0.touchpoint)" } == expected.map(\.0))
        for (moment, row) in zip(journey.momentsOfTruth, expected) { #expect(close(moment.impact, row.1, 1e-9)) }
        let fit = try #require(journey.peakEnd)
        #expect(fit.n == 166 && !fit.suppressed)
        #expect(close(fit.r("peak_end")!, 0.5511830923, 1e-9) && close(fit.r("average")!, 0.5281485197, 1e-9))
        #expect(close(fit.r("peak")!, 0.5269785669, 1e-9) && close(fit.r("end")!, 0.4887830756, 1e-9))
        #expect(fit.peakEndBetter == true)
        // Williams' t on the same customers (reference.py): the larger r is not significantly larger.
        let difference = try #require(fit.difference)
        #expect(close(difference.t, 0.6014450185, 1e-8) && difference.degreesOfFreedom == 163)
        #expect(close(difference.p, 0.5483791750, 1e-8) && !difference.significant)
    }

    /// The peak-end fit made in parts of the customer codes, as the analysis makes it on
    /// both cores, is the fit of one pass, to the last bit, whatever the number of parts
    /// (more than there are codes, too) and the order they are added in: the parts' sums
    /// are integers. The one-pass fit is the one checked against the reference above.
    @Test func peakEndFitInPartsIsTheFitOfOnePass() throws {
        let config = try ProjectConfig.load(projectDirectory: Self.directory)
        let loader = try ResponseLoader(dataset: try #require(config.responses), projectDirectory: Self.directory)
        var ratings = CustomerRatings()
        _ = try loader.forEachRow { ratings.add($0) }
        let touchpoints = try TouchpointLoader(dataset: try #require(config.touchpoints), projectDirectory: Self.directory,
                                               customers: try #require(loader.customerInterner))
        var journey = JourneyStatistics(scale: -3...3)
        _ = try touchpoints.forEachRow { journey.add($0) }
        let whole = PeakEndFit(journey, ratings: ratings, settings: AnalysisSettings())
        #expect(try whole == Self.onePass.get().journey.peakEnd)
        for count in [1, 2, 3, 8, 1_000] {
            let ranges = PeakEndFit.codeRanges(ratings, count: count)
            #expect(ranges.count == count && ranges.first?.lowerBound == 0 && ranges.last?.upperBound == ratings.codeCount)
            #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
            let parts = ranges.reversed().map { PeakEndFit.Part(journey, ratings: ratings, codes: $0) }
            #expect(PeakEndFit(parts: parts, settings: AnalysisSettings()) == whole)
        }
    }

    /// Revenue, revenue per customer (t, zeros included), repeat rate (Wilson) per NPS group,
    /// revenue at risk = detractors' revenue, unmatched transactions counted; repeat purchase =
    /// a transaction dated after the customer's latest response.
    @Test func crmMatchesReference() throws {
        let crm = try Self.onePass.get().crm
        // (customers, buyers, revenue, mean, low, high, repeat, rlow, rhigh)
        let reference: [(Int, Int, Double, Double, Double, Double, Double, Double, Double)] = [
            (73, 73, 27536.72, 377.2153424658, 348.5719857473, 405.8586991842, 61.6438356164, 50.1740834747, 71.9493903126),
            (73, 73, 18399.46, 252.0473972603, 226.1661091983, 277.9286853222, 60.2739726027, 48.8074140229, 70.7132981424),
            (20, 20, 3129.52, 156.476, 116.3839450132, 196.5680549868, 70, 48.1027181646, 85.4522755132),
        ]
        #expect(crm.groups.map(\.group) == [.promoter, .passive, .detractor])
        for (group, row) in zip(crm.groups, reference) {
            #expect(group.customers == row.0 && group.buyers == row.1 && !group.suppressed && group.lowBase == (row.0 < 30))
            #expect(close(group.revenue!, row.2, 1e-9) && close(group.revenuePerCustomer!, row.3, 1e-9))
            #expect(close(group.revenuePerCustomerInterval!.low, row.4, 1e-9) && close(group.revenuePerCustomerInterval!.high, row.5, 1e-9))
            #expect(close(group.repeatRate!, row.6, 1e-9) && close(group.repeatRateInterval!.low, row.7, 1e-9)
                    && close(group.repeatRateInterval!.high, row.8, 1e-9) && group.repeatBase == row.0)
        }
        #expect(close(crm.revenueAtRisk!, 3129.52, 1e-9))
        #expect(close(crm.revenueAtRiskShare!, 100 * 3129.52 / (27536.72 + 18399.46 + 3129.52), 1e-9))
        #expect(crm.unmatchedTransactions == 137 && close(crm.unmatchedRevenue, 11044.25, 1e-9) && crm.outsideWindow == 0)
    }

    /// Low scorers in the reference's order (score, date descending, line), with file lines that
    /// count quoted line breaks; comments as the collector's redaction left them.
    @Test func followUpMatchesReference() throws {
        let list = try Self.onePass.get().followUp
        #expect(list.count == 41 && list.entries.count == 41 && !list.suppressed)
        #expect(list.entries.prefix(6).map { "\($0.line):\($0.customer!):\($0.score)" }
                == ["282:C10021:5", "304:C10199:5", "178:C10122:5", "120:C10050:5", "124:C10059:5", "142:C10138:5"])
        #expect(list.entries.allSatisfy { $0.comment.map { Redaction.redact($0) == $0 } ?? true })
        #expect(list.entries.contains { $0.comment != nil })
        #expect(list.entries.first?.segments.map(\.field) == ["region", "channel", "product"])
        #expect(!list.hasValues && list.entries.allSatisfy { $0.value == nil })
    }

    /// With transactions, the list leads with the customers whose revenue is most at risk
    /// (reference.py: each customer's revenue over all transactions, then the order above).
    @Test func followUpByValueMatchesReference() throws {
        let list = try Self.onePass.get().followUpByValue
        #expect(list.count == 41 && list.entries.count == 41 && list.hasValues)
        #expect(list.entries.prefix(6).map { "\($0.line):\($0.customer!):\($0.score):\(FixedDecimal.string($0.value!, decimals: 2))" }
                == ["58:C10147:6:582.85", "206:C10152:6:523.23", "17:C10116:6:441.78", "178:C10122:5:420.77", "124:C10059:5:418.58",
                    "4:C10015:6:406.97"])
        #expect(Set(list.entries.map(\.line)) == Set(try Self.onePass.get().followUp.entries.map(\.line)))
    }

    /// Folding every dataset in 4 interleaved chunks and merging gives the one-pass results.
    @Test func chunkedFoldsMatchOnePass() throws {
        let one = try Self.onePass.get(), split = try Self.analyze(chunks: 4)
        #expect(split.ratings == one.ratings)
        // Values are kept in cents, so sums added up in another order give the same list.
        #expect(split.followUp == one.followUp && split.followUpByValue == one.followUpByValue)
        #expect(split.analysis.overall.outcome == one.analysis.overall.outcome)
        for (a, b) in zip(split.analysis.gaps, one.analysis.gaps) {
            #expect(a.n == b.n && close(a.gap!, b.gap!, 1e-12) && close(a.interval!.low, b.interval!.low, 1e-12))
        }
        #expect(close(split.analysis.sacrifice[0].gap!, one.analysis.sacrifice[0].gap!, 1e-12))
        for (a, b) in zip(split.journey.stages + split.journey.touchpoints, one.journey.stages + one.journey.touchpoints) {
            #expect(a.n == b.n && a.customers == b.customers && a.emotions == b.emotions && a.negative == b.negative)
            #expect(close(a.mean!, b.mean!, 1e-12) && close(a.interval!.high, b.interval!.high, 1e-12))
        }
        // Impacts come from counts, so they and the ranking are exact; means agree to rounding.
        #expect(split.journey.momentsOfTruth.map(\.touchpoint) == one.journey.momentsOfTruth.map(\.touchpoint))
        #expect(split.journey.momentsOfTruth.map(\.impact) == one.journey.momentsOfTruth.map(\.impact))
        #expect(split.journey.peakEnd == one.journey.peakEnd)  // per-customer states merge exactly, the fit's sums are exact
        for (a, b) in zip(split.crm.groups, one.crm.groups) {
            #expect(a.customers == b.customers && a.repeatRate == b.repeatRate && close(a.revenue!, b.revenue!, 1e-12))
        }
    }

    /// The JSON carries the documented keys for the new results and encodes the same twice.
    @Test func jsonHasTheNewKeys() throws {
        let linked = try Self.onePass.get()
        var analysis = linked.analysis
        analysis.journey = linked.journey
        analysis.crm = linked.crm
        analysis.followUp = linked.followUp
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(analysis)
        #expect(data == (try encoder.encode(analysis)))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let outcome = try #require((object["overall"] as? [String: Any])?["outcome"] as? [String: Any])
        #expect(Set(["score", "low", "high", "margin", "n"]).isSubset(of: outcome.keys))
        let gap = try #require((object["gaps"] as? [[String: Any]])?.first)
        #expect(Set(["dimension", "n", "expected", "perceived", "gap", "low", "high", "suppressed", "low_base"]) == Set(gap.keys))
        let sacrifice = try #require((object["sacrifice"] as? [[String: Any]])?.first)
        #expect(Set(["attribute", "n", "wanted", "received", "gap", "low", "high", "differing", "differing_low", "differing_high"])
            .isSubset(of: sacrifice.keys))
        let region = try #require((object["segments"] as? [String: Any])?["region"] as? [[String: Any]])
        #expect(region[0]["gaps"] != nil && region[0]["sacrifice"] != nil && region[0]["outcome"] != nil)
        let journey = try #require(object["journey"] as? [String: Any])
        #expect(Set(["stages", "touchpoints", "curve", "peak_end", "moments_of_truth"]).isSubset(of: journey.keys))
        let crm = try #require(object["crm"] as? [String: Any])
        #expect(Set(["window", "groups", "revenue_at_risk", "unmatched_transactions"]).isSubset(of: crm.keys))
        let entry = try #require(((object["follow_up"] as? [String: Any])?["entries"] as? [[String: Any]])?.first)
        #expect(Set(["line", "customer", "date", "score", "segments", "comment", "value_at_risk"]) == Set(entry.keys))
    }
}
