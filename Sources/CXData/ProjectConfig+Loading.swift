import Foundation

extension ProjectConfig {
    /// The top-level settings of `cxreport.yml`; any other key is an error (a misspelt
    /// setting must not be ignored in silence).
    static let settingNames = ["title", "subtitle", "organization", "report_date", "base_url", "periods", "confidence",
                               "suppress_below", "low_base_below", "follow_up", "crm", "themes", "datasets"]

    /// `crm: { days_before: 90, days_after: 365 }`: the purchase window of the CRM link.
    /// A limit needs dates on both sides, so it is an error without a date column in the
    /// responses or the transactions.
    private static func parseCRM(_ node: YAMLValue, into config: inout ProjectConfig) throws {
        guard node.isMapping else { throw node.invalid("crm", expected: "a mapping such as { days_before: 90, days_after: 365 }") }
        try rejectUnknownKeys(of: node, among: ["days_before", "days_after"], setting: "crm", expected: "days_before or days_after")
        func days(_ key: String) throws -> Int? {
            guard let value = node[key] else { return nil }
            guard value.node.int.map({ $0 >= 0 }) == true else {
                throw value.invalid("crm.\(key)", expected: "a whole number of days, 0 or more (leave it out for no limit)")
            }
            guard config.transactions?.date != nil, config.responses?.date != nil else {
                let hint = config.transactions == nil
                    ? "the CRM link needs datasets: { transactions: … }; without one, leave crm: out"
                    : "a window needs dates: map the \(config.transactions?.date == nil ? "transactions" : "responses")' "
                        + "date column (columns: { date: … }), or leave crm: out"
                throw DataError(.invalidSetting(key: "crm.\(key)", value: try value.string("crm.\(key)"),
                                                expected: "a window the data can place"), at: value.location, hint: hint)
            }
            return try value.int("crm.\(key)")
        }
        config.crmDaysBefore = try days("days_before")
        config.crmDaysAfter = try days("days_after")
    }

    /// Throws at the first key of mapping `node` that is not in `known`, located at the key,
    /// with the closest known key suggested (or `otherwise` when none is close).
    private static func rejectUnknownKeys(of node: YAMLValue, among known: [String], setting: String, expected: String,
                                          otherwise: String? = nil) throws {
        for keyNode in node.keyValues {
            guard let key = keyNode.node.string, !known.contains(key) else { continue }
            throw DataError(.invalidSetting(key: setting, value: key, expected: expected), at: keyNode.location,
                            hint: ClosestName.suggestion(for: key, among: known).map { "did you mean \"\($0)\"?" } ?? otherwise)
        }
    }

    /// Reads and validates `cxreport.yml` in `projectDirectory`.
    public static func load(projectDirectory: String) throws -> ProjectConfig {
        let path = (projectDirectory as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: path) else {
            throw DataError(.fileNotFound, at: SourceLocation(file: fileName),
                            hint: "run cxreport in a report project, pass --project DIR, or create one with `cxreport init`",
                            category: .configuration)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DataError(.unreadable("permission denied or not a file"), at: SourceLocation(file: fileName))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DataError(.unreadable("not UTF-8 text"), at: SourceLocation(file: fileName))
        }
        return try parse(text, file: fileName)
    }

    /// Parses configuration text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws -> ProjectConfig {
        let root = try YAMLValue.parse(text, file: file)
        guard root.isMapping else {
            throw root.invalid("cxreport.yml", expected: "a mapping of settings (title:, datasets:, …)")
        }
        try rejectUnknownKeys(of: root, among: settingNames, setting: "cxreport.yml", expected: "a setting",
                              otherwise: "settings are \(settingNames.joined(separator: ", "))")
        var responses: ResponseDataset?
        var transactions: TransactionDataset?
        var touchpoints: TouchpointDataset?
        if let datasets = root["datasets"] {
            let knownDatasets = ["responses", "transactions", "touchpoints"]
            for (name, value) in datasets.entries where !knownDatasets.contains(name) {
                throw DataError(.invalidSetting(key: "datasets", value: name, expected: "responses, transactions or touchpoints"),
                                at: value.location,
                                hint: ClosestName.suggestion(for: name, among: knownDatasets).map { "did you mean \"\($0)\"?" })
            }
            guard let responsesNode = datasets["responses"] else {
                throw DataError(.missingKey("datasets.responses"), at: datasets.location,
                                hint: "name the survey responses dataset `responses`")
            }
            responses = try ResponseDataset.parse(responsesNode)
            transactions = try datasets["transactions"].map(TransactionDataset.parse)
            touchpoints = try datasets["touchpoints"].map(TouchpointDataset.parse)
        }
        var config = ProjectConfig(title: try root["title"]?.string("title") ?? "Customer experience report",
                                   responses: responses)
        config.transactions = transactions
        config.touchpoints = touchpoints
        config.subtitle = try root["subtitle"]?.string("subtitle")
        config.organization = try root["organization"]?.string("organization")
        if let node = root["periods"] {
            let name = try node.string("periods")
            guard let length = PeriodLength(rawValue: name) else {
                throw node.invalid("periods", expected: "month, quarter or year")
            }
            config.periodLength = length
        }
        if let node = root["confidence"] {
            let level = try node.double("confidence")
            guard [0.8, 0.9, 0.95, 0.99].contains(level) else {
                throw node.invalid("confidence", expected: "0.8, 0.9, 0.95 or 0.99")
            }
            config.confidenceLevel = level
        }
        if let node = root["suppress_below"] {
            config.suppressBelow = try node.int("suppress_below")
            guard config.suppressBelow >= 1 else { throw node.invalid("suppress_below", expected: "a whole number of at least 1") }
        }
        if let node = root["low_base_below"] {
            config.lowBaseBelow = try node.int("low_base_below")
            guard config.lowBaseBelow >= config.suppressBelow else {
                throw node.invalid("low_base_below", expected: "a number no smaller than suppress_below")
            }
        }
        if let node = root["base_url"] {
            let url = try node.string("base_url")
            guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
                throw node.invalid("base_url", expected: "an absolute http(s) URL such as https://cx.example.com/report/")
            }
            config.baseURL = url
        }
        if let node = root["follow_up"] {
            guard node.isMapping else { throw node.invalid("follow_up", expected: "a mapping such as { threshold: 6, publish: true }") }
            for (key, value) in node.entries where !["threshold", "publish"].contains(key) {
                throw value.invalid("follow_up.\(key)", expected: "threshold or publish")
            }
            if let threshold = node["threshold"] {
                config.followUpThreshold = try threshold.int("follow_up.threshold")
                guard (0...10).contains(config.followUpThreshold) else {
                    throw threshold.invalid("follow_up.threshold", expected: "a score from 0 to 10 (6 lists detractors)")
                }
            }
            if let publish = node["publish"] { config.publishFollowUp = try publish.bool("follow_up.publish") }
        }
        if let node = root["crm"] {
            try parseCRM(node, into: &config)
        }
        if let node = root["themes"] {
            config.themes = try parseThemes(node)
        }
        if let node = root["report_date"] {
            guard let date = CalendarDate.parse(try node.string("report_date")) else {
                throw node.invalid("report_date", expected: "a date written YYYY-MM-DD")
            }
            config.reportDate = date
        }
        return config
    }
}
