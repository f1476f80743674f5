/// Round axis ticks (1, 2 or 5 × 10^k) covering a data range.
///
/// Used by every chart with a numeric axis. The domain always starts and ends on a tick, so
/// an axis never looks truncated between ticks; bar charts additionally force zero (or the
/// scale's floor) into the domain.
struct NiceScale: Sendable, Equatable {
    /// Lower end of the axis (a tick).
    let lower: Double
    /// Upper end of the axis (a tick).
    let upper: Double
    /// Distance between ticks.
    let step: Double
    /// Decimals needed to print every tick exactly.
    let decimals: Int

    /// Tick values from `lower` to `upper` inclusive.
    var ticks: [Double] {
        let count = Int(((upper - lower) / step).rounded()) + 1
        return (0..<max(count, 1)).map { lower + Double($0) * step }
    }

    /// Maps a value to a position between `start` (at `lower`) and `end` (at `upper`).
    func position(_ value: Double, from start: Double, to end: Double) -> Double {
        let span = upper - lower
        guard span > 0 else { return start }
        return start + (value - lower) / span * (end - start)
    }

    /// A scale covering `low…high` with about `targetTicks` ticks.
    init(low: Double, high: Double, targetTicks: Int = 5) {
        var low = low.isFinite ? low : 0
        var high = high.isFinite ? high : 1
        if low > high { swap(&low, &high) }
        if low == high {
            // A single value: widen around it so the bar or point is visible.
            if low == 0 {
                high = 1
            } else if low > 0 {
                low = 0
            } else {
                high = 0
            }
        }
        let rough = (high - low) / Double(max(targetTicks - 1, 1))
        let (step, exponent) = NiceScale.niceStep(rough)
        let lower = (low / step).rounded(.down) * step
        let upper = (high / step).rounded(.up) * step
        self.lower = lower == 0 ? 0 : lower
        self.upper = upper == 0 ? 0 : upper
        self.step = step
        self.decimals = max(0, -exponent)
    }

    /// A fixed scale (e.g. NPS −100…100) with a given step.
    init(fixedLower: Double, upper: Double, step: Double) {
        self.lower = fixedLower
        self.upper = upper
        self.step = step
        let (_, exponent) = NiceScale.niceStep(step)
        self.decimals = max(0, -exponent)
    }

    /// A scale with exactly these ends and the 1/2/5 × 10^k step that divides the span
    /// into a tick count nearest `targetTicks` (e.g. 1…7 → 1, 3, 5, 7; 1…5 → 1, 2, 3, 4, 5).
    static func fitted(lower: Double, upper: Double, targetTicks: Int) -> NiceScale {
        let span = upper - lower
        let (_, exponent) = niceStep(span / Double(max(targetTicks - 1, 1)))
        var best: (step: Double, score: Int)?
        for e in (exponent - 1)...(exponent + 1) {
            for factor in [1.0, 2, 5] {
                let step = factor * powerOfTen(e)
                let ratio = span / step
                let intervals = Int(ratio.rounded())
                guard abs(ratio - Double(intervals)) < 1e-9, intervals >= 2, intervals <= 10 else { continue }
                let score = abs(intervals - (targetTicks - 1))
                if best == nil || score < best!.score || (score == best!.score && step > best!.step) { best = (step, score) }
            }
        }
        guard let step = best?.step else { return NiceScale(low: lower, high: upper, targetTicks: targetTicks) }
        return NiceScale(fixedLower: lower, upper: upper, step: step)
    }

    /// The 1/2/5 × 10^k value nearest to `rough`, with k.
    static func niceStep(_ rough: Double) -> (Double, Int) {
        guard rough > 0, rough.isFinite else { return (1, 0) }
        var exponent = 0
        var power = 1.0
        while rough >= power * 10 && exponent < 300 { exponent += 1; power = powerOfTen(exponent) }
        while rough < power && exponent > -300 { exponent -= 1; power = powerOfTen(exponent) }
        let residual = rough / power
        let factor: Double
        // Round to the nearest nice factor (Heckbert), so the tick count stays near target.
        if residual < 1.5 { factor = 1 } else if residual < 3 { factor = 2 } else if residual < 7 { factor = 5 } else { factor = 10 }
        if factor == 10 { return (powerOfTen(exponent + 1), exponent + 1) }
        return (factor * power, exponent)
    }

    /// 10^k parsed from its decimal spelling, so it is the closest Double (no drift).
    static func powerOfTen(_ exponent: Int) -> Double {
        Double("1e\(exponent)") ?? 1
    }
}
