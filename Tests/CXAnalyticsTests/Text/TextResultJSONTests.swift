import Foundation
import Testing
@testable import CXAnalytics

/// The JSON of `TextResult`: snake_case keys in a stable shape, byte-identical on re-encoding.
@Suite struct TextResultJSONTests {
    static func json() throws -> [String: Any] {
        let data = try JSONEncoder().encode(TextStatisticsTests.result(suppressBelow: 1))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    // Proves the top-level keys and that segments and NPS groups are keyed by name.
    @Test func topLevelShape() throws {
        let json = try Self.json()
        #expect(Set(json.keys) == ["themes", "overall", "segments", "nps_groups", "blank_comments", "invalid_weights"])
        #expect(json["themes"] as? [String] == ["delivery", "staff"])
        let segments = try #require(json["segments"] as? [String: [[String: Any]]])
        #expect(segments["region"]?.compactMap { $0["value"] as? String } == ["north", "south"])
        let groups = try #require(json["nps_groups"] as? [String: [String: Any]])
        #expect(Set(groups.keys) == ["detractors", "passives", "promoters"])
        #expect(json["blank_comments"] as? Int == 1)
    }

    // Proves the group, sentiment, theme and verbatim keys (snake_case, every figure with its n).
    @Test func nestedKeys() throws {
        let overall = try #require(try Self.json()["overall"] as? [String: Any])
        #expect(Set(overall.keys) == ["n", "suppressed", "low_base", "sentiment", "themes", "negative_examples", "positive_examples"])
        let sentiment = try #require(overall["sentiment"] as? [String: Any])
        #expect(Set(sentiment.keys) == ["positive", "neutral", "negative", "negative_low", "negative_high", "positive_n",
                                        "neutral_n", "negative_n", "effective_n", "mean", "mean_low", "mean_high"])
        let theme = try #require((overall["themes"] as? [[String: Any]])?.first)
        #expect(Set(theme.keys) == ["name", "volume", "suppressed", "low_base", "share", "negative", "negative_low", "negative_high",
                                    "mean", "mean_low", "mean_high", "negative_examples", "positive_examples"])
        let verbatim = try #require((overall["negative_examples"] as? [[String: Any]])?.first)
        #expect(Set(verbatim.keys) == ["text", "compound", "line"])
    }

    // Proves a suppressed group carries nulls, not figures.
    @Test func suppressedGroupHasNoFigures() throws {
        let data = try JSONEncoder().encode(TextStatisticsTests.result(suppressBelow: 3))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let north = try #require((json["segments"] as? [String: [[String: Any]]])?["region"]?.first)
        #expect(north["suppressed"] as? Bool == true)
        #expect(north["sentiment"] is NSNull)
        #expect((north["negative_examples"] as? [Any])?.isEmpty == true)
    }

    // Proves determinism: the same statistics encode to the same bytes.
    @Test func encodesByteIdentically() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(try encoder.encode(TextStatisticsTests.result(suppressBelow: 1))
                == encoder.encode(TextStatisticsTests.result(suppressBelow: 1)))
    }
}
