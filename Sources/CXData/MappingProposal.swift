/// A proposed column mapping for a data file, guessed from its header and values,
/// for `cxreport init --from FILE` to write as a cxreport.yml the user reviews.
///
/// Every guess carries its reason ("0–10 whole numbers; the question mentions
/// recommend"), written as a comment beside it. The rules, in order: id (all
/// distinct, named like an id), customer, date (values parse as dates), NPS (0–10
/// with "recommend"/"likely"/"nps" in the name or question), CSAT ("satisf"), CES
/// ("effort"/"easy"), weight, expectation and sacrifice pairs (exp_/perc_,
/// wanted_/received_ prefixes), a two-valued yes/no outcome, free text (long values
/// with spaces), segments (2–20 distinct text values), and drivers (other rating
/// columns on 1–5, 1–7, 0–10 or 1–10).
public struct MappingProposal: Sendable {
    public struct Guess: Sendable {
        public var role: String
        /// YAML for the value after `role:`.
        public var value: String
        public var reason: String
    }

    public var guesses: [Guess] = []
    /// Columns no role was guessed for.
    public var unmapped: [String] = []
    /// "no answer" codes found in the data.
    public var missingCodes: [String] = []

    public init(profiles: [ColumnProfile]) {
        var taken = Set<String>()
        func lower(_ profile: ColumnProfile) -> String { (profile.name + " " + profile.label).lowercased() }
        func mentions(_ profile: ColumnProfile, _ words: [String]) -> String? { words.first { lower(profile).contains($0) } }
        func isRating(_ p: ColumnProfile, _ range: ClosedRange<Double>) -> Bool {
            p.values > 0 && p.integerShare > 0.95 && range.contains(p.minimum) && range.contains(p.maximum)
        }
        func take(_ role: String, _ profile: ColumnProfile, value: String? = nil, _ reason: String) {
            taken.insert(profile.name)
            guesses.append(Guess(role: role, value: value ?? MappingProposal.yaml(profile.name), reason: reason))
        }
        func first(_ test: (ColumnProfile) -> Bool) -> ColumnProfile? {
            profiles.first { !taken.contains($0.name) && test($0) }
        }

        if let p = first({ $0.allDistinct && ["id", "responseid", "response_id", "respondent id", "respondent_id", "respondentid"]
            .contains($0.name.lowercased()) || ($0.allDistinct && $0.name.lowercased().hasSuffix("id") && mentions($0, ["response", "respondent"]) != nil) }) {
            take("id", p, "every value is different and the name says id")
        }
        if let p = first({ mentions($0, ["customer", "client", "account"]) != nil && $0.dateShare < 0.5 }) {
            take("customer", p, "the name mentions \"\(mentions(p, ["customer", "client", "account"])!)\"")
        }
        let dateWords = ["date", "submitted", "recorded", "time", "created", "_at"]
        if let p = first({ $0.dateShare > 0.9 && mentions($0, dateWords) != nil }) ?? first({ $0.dateShare > 0.9 }) {
            take("date", p, "\(Int(p.dateShare * 100))% of the values are dates")
        }
        if let p = first({ isRating($0, 0...10) && $0.maximum >= 9 && mentions($0, ["recommend", "likely", "nps"]) != nil }) {
            take("nps", p, "whole numbers from 0 to 10, and the \(p.label == p.name ? "name" : "question") mentions \"\(mentions(p, ["recommend", "likely", "nps"])!)\"")
        }
        for (role, words, defaultScale) in [("csat", ["satisf", "csat"], 1...5), ("ces", ["effort", "easy", "ces"], 1...7)] {
            if let p = first({ isRating($0, 0...10) && mentions($0, words) != nil }) {
                let scale = MappingProposal.scale(for: p, default: defaultScale)
                take(role, p, value: "{ column: \(MappingProposal.yaml(p.name)), scale: [\(scale.lowerBound), \(scale.upperBound)] }",
                     "ratings \(MappingProposal.number(p.minimum))–\(MappingProposal.number(p.maximum)); the name mentions \"\(mentions(p, words)!)\"")
            }
        }
        if let p = first({ $0.name.lowercased().contains("weight") && $0.numberShare > 0.99 && $0.minimum >= 0 }) {
            take("weight", p, "non-negative numbers named weight")
        }
        for (role, prefixes) in [("expectations", [("exp_", "perc_"), ("expected_", "perceived_")]),
                                 ("sacrifice", [("wanted_", "received_"), ("wanted_", "got_"), ("ideal_", "actual_")])] {
            var pairs: [String] = []
            for (firstPrefix, secondPrefix) in prefixes {
                for p in profiles where !taken.contains(p.name) && p.name.lowercased().hasPrefix(firstPrefix) && p.numberShare > 0.95 {
                    let dimension = String(p.name.dropFirst(firstPrefix.count))
                    guard let q = first({ $0.name.lowercased() == secondPrefix + dimension.lowercased() && $0.numberShare > 0.95 }) else { continue }
                    taken.formUnion([p.name, q.name])
                    pairs.append("\(MappingProposal.yaml(dimension)): [\(MappingProposal.yaml(p.name)), \(MappingProposal.yaml(q.name))]")
                }
            }
            if !pairs.isEmpty {
                guesses.append(Guess(role: role, value: "{ \(pairs.joined(separator: ", ")) }",
                                     reason: role == "expectations" ? "columns paired by their exp_/perc_ names" : "columns paired by their wanted_/received_ names"))
            }
        }
        let yes: Set<String> = ["yes", "y", "true", "1", "satisfied"], no: Set<String> = ["no", "n", "false", "0", "not satisfied", "dissatisfied"]
        if let p = first({ $0.distinctCount == 2 && !$0.distinctOverflow && $0.distinct.contains { yes.contains($0.lowercased()) }
            && $0.distinct.contains { no.contains($0.lowercased()) } }) {
            let positive = p.distinct.first { yes.contains($0.lowercased()) }!, negative = p.distinct.first { no.contains($0.lowercased()) }!
            take("outcome", p, value: "{ column: \(MappingProposal.yaml(p.name)), positive: [\(MappingProposal.yaml(positive))], negative: [\(MappingProposal.yaml(negative))] }",
                 "two answers, \"\(positive)\" and \"\(negative)\"")
        }
        if let p = first({ $0.numberShare < 0.5 && $0.dateShare < 0.5 && $0.meanLength > 20 && $0.withSpaces * 2 > $0.values }) {
            take("text", p, "long free-text answers (\(Int(p.meanLength)) characters on average)")
        }
        let segments = profiles.filter { p in
            !taken.contains(p.name) && p.numberShare < 0.5 && p.dateShare < 0.5 && !p.distinctOverflow && (2...20).contains(p.distinctCount)
                && p.values >= p.distinctCount * 3
        }
        if !segments.isEmpty {
            taken.formUnion(segments.map(\.name))
            guesses.append(Guess(role: "segments", value: "[\(segments.map { MappingProposal.yaml($0.name) }.joined(separator: ", "))]",
                                 reason: "text columns with few distinct values (\(segments.map { "\($0.distinctCount)" }.joined(separator: ", ")))"))
        }
        let drivers = profiles.filter { !taken.contains($0.name) && isRating($0, 0...10) && $0.maximum >= 4 && $0.distinctCount >= 3 }
        if !drivers.isEmpty {
            taken.formUnion(drivers.map(\.name))
            let items = drivers.map { p -> String in
                let scale = MappingProposal.scale(for: p, default: 1...5)
                return scale == 1...5 ? MappingProposal.yaml(p.name) : "{ column: \(MappingProposal.yaml(p.name)), scale: [\(scale.lowerBound), \(scale.upperBound)] }"
            }
            guesses.append(Guess(role: "drivers", value: "[\(items.joined(separator: ", "))]",
                                 reason: "other rating columns: candidate drivers of the outcome; remove any that are not"))
        }
        unmapped = profiles.map(\.name).filter { !taken.contains($0) }
        missingCodes = Array(Set(profiles.flatMap(\.missingCodes))).sorted()
    }

    /// The conventional scale containing the observed values.
    static func scale(for profile: ColumnProfile, default fallback: ClosedRange<Int>) -> ClosedRange<Int> {
        let low = profile.minimum < 1 ? 0 : 1
        for top in [5, 7, 10] where profile.maximum <= Double(top) {
            return (low == 0 && top != 10 ? 0 : low)...top
        }
        return fallback
    }

    static func number(_ value: Double) -> String { DataQuality.text(value) }

    /// A YAML scalar for a name: plain when safe, otherwise double-quoted with escapes.
    public static func yaml(_ text: String) -> String {
        let safe = !text.isEmpty && text.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || "_-./ ".unicodeScalars.contains($0)
        } && text.first != " " && text.last != " " && text.first != "-" && !["true", "false", "yes", "no", "null", "on", "off", "y", "n", "~"].contains(text.lowercased())
            && !(text.first?.isNumber ?? false)
        if safe { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}
