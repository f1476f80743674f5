extension PeakEndFit {
    /// Williams' t for two correlations that share a variable (Steiger 1980, eq. 7): with
    /// j the rating, k peak_end and h the average,
    ///
    ///     t = (r_jk − r_jh)·√[(n − 1)(1 + r_kh) / (2·(n − 1)/(n − 3)·|R| + r̄²(1 − r_kh)³)]
    ///     |R| = 1 − r_jk² − r_jh² − r_kh² + 2·r_jk·r_jh·r_kh,  r̄ = (r_jk + r_jh)/2
    ///
    /// on n − 3 degrees of freedom, two-sided p. Peak_end and the average are built from the
    /// same valences, so r_kh is high and a small difference in r can still be significant.
    public struct CorrelationDifference: Hashable, Sendable, Encodable {
        public var t: Double
        public var degreesOfFreedom: Int
        public var p: Double
        /// p < 1 − confidence level.
        public var significant: Bool

        init?(rjk: Double, rjh: Double, rkh: Double, n: Int, level: Double) {
            guard n > 3, rjk.isFinite, rjh.isFinite, rkh.isFinite else { return nil }
            let count = Double(n)
            let determinant = 1 - rjk * rjk - rjh * rjh - rkh * rkh + 2 * rjk * rjh * rkh
            let mean = (rjk + rjh) / 2
            let denominator = 2 * (count - 1) / (count - 3) * determinant + mean * mean * (1 - rkh) * (1 - rkh) * (1 - rkh)
            let t = (rjk - rjh) * ((count - 1) * (1 + rkh) / denominator).squareRoot()
            guard t.isFinite else { return nil }
            self.t = t
            degreesOfFreedom = n - 3
            p = StudentTDistribution(degreesOfFreedom: count - 3).twoSidedPValue(t: t)
            significant = p < 1 - level
        }

        enum CodingKeys: String, CodingKey { case t, degreesOfFreedom = "df", p, significant }
    }
}
