/// How a chart's value axis is chosen.
///
/// Analytics results have known natural ranges; saying so gives honest, comparable axes
/// (an NPS chart always shows −100…100 rather than zooming into 18…31).
public enum ValueAxis: Sendable, Equatable {
    /// Fit round ticks to the data, always including zero for bars.
    case auto
    /// Net Promoter Score: fixed −100…100, ticks every 50.
    case nps
    /// Percentages: 0…100 with a `%` suffix (widened if data falls outside).
    case percent
    /// A rating scale with a natural floor and ceiling (e.g. CSAT 1…5); bars grow from `min`.
    case scale(min: Double, max: Double)

    /// Suffix printed after values on this axis.
    var suffix: String {
        if case .percent = self { return "%" }
        return ""
    }

    /// The scale for data spanning `low…high`; `anchored` forces the baseline in (bars).
    func niceScale(low: Double, high: Double, anchored: Bool, targetTicks: Int = 5) -> NiceScale {
        switch self {
        case .nps:
            if low >= -100 && high <= 100 { return NiceScale(fixedLower: -100, upper: 100, step: targetTicks >= 4 ? 50 : 100) }
            return NiceScale(low: min(low, -100), high: max(high, 100), targetTicks: targetTicks)
        case .percent:
            // Fewer ticks in narrow plots so tick labels never collide.
            if low >= 0 && high <= 100 { return NiceScale(fixedLower: 0, upper: 100, step: targetTicks >= 6 ? 20 : targetTicks >= 4 ? 25 : 50) }
            return NiceScale(low: min(low, 0), high: max(high, 100), targetTicks: targetTicks)
        case .scale(let floor, let ceiling):
            if low >= floor && high <= ceiling && floor < ceiling {
                // Keep the scale's own ends; pick a round step that divides the span.
                return NiceScale.fitted(lower: floor, upper: ceiling, targetTicks: targetTicks)
            }
            return NiceScale(low: min(floor, low), high: max(ceiling, high), targetTicks: targetTicks)
        case .auto:
            let lo = anchored ? min(low, 0) : low
            let hi = anchored ? max(high, 0) : high
            return NiceScale(low: lo, high: hi, targetTicks: targetTicks)
        }
    }

    /// Where bars start: zero, or the scale's floor for a rating scale.
    func baseline(in scale: NiceScale) -> Double {
        if case .scale(let floor, _) = self { return max(floor, scale.lower) }
        return min(max(0, scale.lower), scale.upper)
    }
}
