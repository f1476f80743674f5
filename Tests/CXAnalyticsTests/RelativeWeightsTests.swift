import Testing
@testable import CXAnalytics

@Suite struct RelativeWeightsTests {
    /// Fixtures/drivers.csv (ease, speed, staff, price, app, ltr; blanks missing) folded listwise.
    static func driversFixture() throws -> CoMomentMatrix {
        var matrix = CoMomentMatrix(dimension: 6)
        for row in try Fixtures.csv("drivers.csv").rows { matrix.add(row.map { Double($0) ?? .nan }) }
        return matrix
    }

    // Proves agreement with a published worked example: the rwa R package vignette
    // ("Introduction to Relative Weights Analysis", M. Chan) runs rwa(mtcars, outcome = "mpg",
    // predictors = c("cyl", "disp", "hp", "gear")) and prints raw weights hp 0.2321744,
    // cyl 0.2284797, disp 0.2221469, gear 0.0963886, rescaled 29.79691, 29.32274, 28.50999,
    // 12.37037, and rsquare 0.7791896.
    @Test func matchesPublishedMtcarsExample() throws {
        var matrix = CoMomentMatrix(dimension: 5)
        for row in try CoMomentMatrixTests.rows() { matrix.add(Array(row[1...]) + [row[0]]) }  // drivers…, mpg
        let weights = try RelativeWeights(
            names: ["cyl", "disp", "hp", "gear"], correlationMatrix: matrix.correlationMatrix(), outcomeIndex: 4)
        #expect(abs(weights.rSquared - 0.7791896) < 5e-8)
        let published: [(Double, Double)] = [(0.2284797, 29.32274), (0.2221469, 28.50999), (0.2321744, 29.79691), (0.0963886, 12.37037)]
        for (driver, (raw, rescaled)) in zip(weights.drivers, published) {
            #expect(abs(driver.rawWeight - raw) < 5e-8)
            #expect(abs(driver.rescaledWeight - rescaled) < 5e-6)
        }
        #expect(weights.drivers.map(\.name) == ["cyl", "disp", "hp", "gear"])
        #expect(weights.drivers[0].correlation < 0 && weights.drivers[3].correlation > 0)  // cyl −, gear +
    }

    // Proves the full path CSV → listwise co-moments → Johnson weights against numpy
    // (Fixtures/reference/drivers.py, numpy 2.4.6: eigh, solve), and that the weights sum to
    // R² computed independently by numpy lstsq on standardized data (0.4895154819425518).
    @Test func matchesNumpyReferenceAndSumsToLeastSquaresRSquared() throws {
        let matrix = try Self.driversFixture()
        #expect(matrix.count == 314 && matrix.offeredCount == 400)
        let weights = try RelativeWeights(
            names: ["ease", "speed", "staff", "price", "app"], correlationMatrix: matrix.correlationMatrix(), outcomeIndex: 5)
        let raw = [0.1708896444267824, 0.07652500406191105, 0.19560856841557414, 0.021576604792649834, 0.024915660245634356]
        let rescaled = [34.90995703519701, 15.63280567924751, 39.95962857790271, 4.407747168082827, 5.089861539569935]
        let rxy = [0.5552296485335668, 0.4364503382507672, 0.5625328896666844, 0.2419349273526126, 0.29562427921404366]
        for (j, driver) in weights.drivers.enumerated() {
            #expect(close(driver.rawWeight, raw[j], 1e-12))
            #expect(close(driver.rescaledWeight, rescaled[j], 1e-10))
            #expect(close(driver.correlation, rxy[j], 1e-13))
        }
        let leastSquaresRSquared = 0.4895154819425518
        #expect(close(weights.rSquared, leastSquaresRSquared, 1e-12))
        #expect(close(weights.drivers.reduce(0) { $0 + $1.rawWeight }, leastSquaresRSquared, 1e-12))
        #expect(close(weights.drivers.reduce(0) { $0 + $1.rescaledWeight }, 100, 1e-10))
    }

    // Proves uncorrelated drivers get exactly their squared correlations (Johnson 2000: with
    // Rxx = I the weights reduce to rᵢ²), a closed form independent of the eigen route.
    @Test func uncorrelatedDriversGetSquaredCorrelations() throws {
        let identity = (0..<3).map { i in (0..<3).map { j in i == j ? 1.0 : 0.0 } }
        let weights = try RelativeWeights(names: ["a", "b", "c"], driverCorrelations: identity, outcomeCorrelations: [0.5, -0.3, 0.1])
        #expect(zip(weights.drivers.map(\.rawWeight), [0.25, 0.09, 0.01]).allSatisfy { close($0, $1, 1e-15) })
        #expect(close(weights.rSquared, 0.35, 1e-15))
    }

    // Proves collinear or malformed input is refused with a reason instead of producing weights.
    @Test func rejectsSingularAndMalformedInput() {
        let collinear: [[Double]] = [[1, 1, 0.5], [1, 1, 0.5], [0.5, 0.5, 1]]
        #expect {
            try RelativeWeights(names: ["a", "b", "c"], driverCorrelations: collinear, outcomeCorrelations: [0.4, 0.4, 0.2])
        } throws: { error in
            if case .singularDriverMatrix = error as? RelativeWeights.Failure { return true }
            return false
        }
        #expect(throws: RelativeWeights.Failure.dimensionMismatch) {
            try RelativeWeights(names: ["a"], driverCorrelations: [[1, 0], [0, 1]], outcomeCorrelations: [0.1, 0.2])
        }
        #expect(throws: RelativeWeights.Failure.invalidCorrelation) {
            try RelativeWeights(names: ["a", "b"], driverCorrelations: [[1, .nan], [.nan, 1]], outcomeCorrelations: [0.1, 0.2])
        }
    }
}
