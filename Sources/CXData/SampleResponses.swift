/// A synthetic survey export with known structure, for the sample project, tests and
/// benchmarks: the same seed always gives the same bytes.
///
/// What is built in, so analyses can be checked against the truth:
/// - four quarters of 2025, regions North/South/East/West, channels Store/Online/Phone,
///   products Outdoor/Footwear/Apparel;
/// - likelihood to recommend (0–10) driven by five 1–5 driver ratings with true
///   weights `trueDriverWeights` plus noise;
/// - the North region improves by about one point on the 0–10 scale in Q4, every
///   other group is stable (so exactly one quarter-over-quarter change is real);
/// - CSAT (1–5) and CES (1–7, 7 = very easy) follow the same latent experience;
/// - about 40% leave a comment whose sentiment follows their score; a few contain an
///   e-mail address or phone number (for redaction), commas, quotes or line breaks.
public struct SampleResponses: Sendable {
    public static let header = [
        "response_id", "customer_id", "submitted_at", "region", "channel", "product",
        "likelihood_to_recommend", "satisfaction", "effort",
        "product_quality", "delivery", "support", "price", "website", "comment",
    ]
    public static let driverNames = ["product_quality", "delivery", "support", "price", "website"]
    /// Effect on the 0–10 score of one rating point of each driver.
    public static let trueDriverWeights = [0.9, 0.6, 0.45, 0.25, 0.1]

    public var count: Int
    public var seed: UInt64
    public var year: Int

    public init(count: Int, seed: UInt64 = 42, year: Int = 2025) {
        self.count = count
        self.seed = seed
        self.year = year
    }

    /// Writes the CSV in pieces of about `chunkBytes` so large files never sit in memory.
    public func write(chunkBytes: Int = 1 << 20, to sink: ([UInt8]) throws -> Void) rethrows {
        var random = SeededGenerator(seed: seed)
        var out: [UInt8] = []
        out.reserveCapacity(chunkBytes + 4096)
        out.append(contentsOf: Array(SampleResponses.header.joined(separator: ",").utf8))
        out.append(10)
        let regions = ["North", "South", "East", "West"]
        let channels = ["Store", "Online", "Phone"]
        let products = ["Outdoor", "Footwear", "Apparel"]
        let customers = max(1, count * 3 / 4)
        for index in 0..<count {
            let quarter = index * 4 / max(count, 1)
            let month = quarter * 3 + 1 + Int(random.uniform() * 3)
            let day = 1 + Int(random.uniform() * Double(CalendarDate.daysIn(month: month, year: year)))
            let region = Int(random.uniform() * 4), channel = Int(random.uniform() * 3), product = Int(random.uniform() * 3)
            let latent = random.normal()
            var ratings: [Int] = []
            for (driver, _) in SampleResponses.driverNames.enumerated() {
                var shift = 0.0
                if driver == 1 && channel == 1 { shift -= 0.35 }   // online delivery is weaker
                if driver == 2 && channel == 2 { shift += 0.3 }    // phone support is better
                let value = 3.4 + shift + 0.9 * (0.6 * latent + 0.8 * random.normal())
                ratings.append(min(5, max(1, Int(value.rounded()))))
            }
            var recommend = 7.4 + 0.6 * random.normal()
            for (driver, weight) in SampleResponses.trueDriverWeights.enumerated() {
                recommend += weight * Double(ratings[driver] - 3)
            }
            if region == 0 && quarter == 3 { recommend += 1.0 }
            let nps = min(10, max(0, Int(recommend.rounded())))
            let csat = min(5, max(1, Int((1 + Double(nps) * 0.42 + 0.5 * random.normal()).rounded())))
            let ces = min(7, max(1, Int((2.6 + 0.5 * Double(ratings[2] + ratings[4]) * 0.9 + 0.8 * random.normal()).rounded())))
            var fields: [String] = [
                "R\(100000 + index)", "C\(10000 + Int(random.uniform() * Double(customers)))",
                CalendarDate(year: year, month: month, day: day)!.description,
                regions[region], channels[channel], products[product],
                random.uniform() < 0.015 ? "" : String(nps), String(csat),
                random.uniform() < 0.05 ? "NA" : String(ces),
            ]
            fields += ratings.map { random.uniform() < 0.03 ? "" : String($0) }
            fields.append(random.uniform() < 0.4 ? SampleComments.comment(score: nps, random: &random) : "")
            for (position, field) in fields.enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                appendQuoted(field, to: &out)
            }
            out.append(10)
            if out.count >= chunkBytes {
                try sink(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        if !out.isEmpty { try sink(out) }
    }

    /// RFC 4180 quoting, only where needed.
    private func appendQuoted(_ field: String, to out: inout [UInt8]) {
        let needsQuotes = field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        guard needsQuotes else { out.append(contentsOf: field.utf8); return }
        out.append(UInt8(ascii: "\""))
        for byte in field.utf8 {
            out.append(byte)
            if byte == UInt8(ascii: "\"") { out.append(byte) }
        }
        out.append(UInt8(ascii: "\""))
    }
}
