import Testing
@testable import CXCharts

@Suite struct NiceScaleTests {
    @Test func stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        for (low, high) in [(0.0, 7.3), (0, 42), (-13, 88), (0.001, 0.0173), (0, 123456), (3.2, 3.9)] {
            let scale = NiceScale(low: low, high: high)
            var mantissa = scale.step
            while mantissa >= 10 { mantissa /= 10 }
            while mantissa < 1 { mantissa *= 10 }
            let rounded = (mantissa * 1e6).rounded() / 1e6
            #expect([1, 2, 5].contains(rounded), "step \(scale.step) for \(low)…\(high)")
            #expect(scale.lower <= low && scale.upper >= high)
            #expect(scale.ticks.count >= 2 && scale.ticks.count <= 12)
        }
    }

    @Test func zeroToFortyTwo() {
        let scale = NiceScale(low: 0, high: 42)
        #expect(scale.ticks == [0, 10, 20, 30, 40, 50])
        #expect(scale.decimals == 0)
    }

    @Test func smallStepsNeedDecimals() {
        let scale = NiceScale(low: 0, high: 0.9)
        #expect(scale.step == 0.2)
        #expect(scale.decimals == 1)
        #expect(scale.ticks.map { DecimalFormat.plain($0, decimals: scale.decimals) } == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    }

    @Test func barsAreAnchoredAtZero() {
        let scale = ValueAxis.auto.niceScale(low: 60, high: 75, anchored: true)
        #expect(scale.lower == 0)
        let negative = ValueAxis.auto.niceScale(low: -30, high: -5, anchored: true)
        #expect(negative.upper == 0)
        #expect(ValueAxis.auto.baseline(in: negative) == 0)
    }

    @Test func npsAxisIsFixed() {
        let scale = ValueAxis.nps.niceScale(low: 18, high: 31, anchored: true)
        #expect(scale.ticks == [-100, -50, 0, 50, 100])
    }

    @Test func ratingScaleKeepsItsEnds() {
        let scale = ValueAxis.scale(min: 1, max: 5).niceScale(low: 3.2, high: 4.4, anchored: true)
        #expect(scale.ticks == [1, 2, 3, 4, 5])
        #expect(ValueAxis.scale(min: 1, max: 5).baseline(in: scale) == 1)
    }

    @Test func degenerateRanges() {
        #expect(NiceScale(low: 0, high: 0).ticks.first == 0)
        #expect(NiceScale(low: 5, high: 5).lower == 0)
        #expect(NiceScale(low: .nan, high: .infinity).upper >= 0)
    }
}
