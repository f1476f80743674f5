import Foundation

extension ProjectConfig {
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
        var responses: ResponseDataset?
        if let datasets = root["datasets"] {
            guard let responsesNode = datasets["responses"] else {
                throw DataError(.missingKey("datasets.responses"), at: datasets.location,
                                hint: "name the survey responses dataset `responses`")
            }
            responses = try ResponseDataset.parse(responsesNode)
        }
        var config = ProjectConfig(title: try root["title"]?.string("title") ?? "Customer experience report",
                                   responses: responses)
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
        if let node = root["report_date"] {
            guard let date = CalendarDate.parse(try node.string("report_date")) else {
                throw node.invalid("report_date", expected: "a date written YYYY-MM-DD")
            }
            config.reportDate = date
        }
        return config
    }
}

extension ResponseDataset {
    static func parse(_ node: YAMLValue) throws -> ResponseDataset {
        guard let fileNode = node["file"] else {
            throw DataError(.missingKey("file"), at: node.location, hint: "give the dataset's path, e.g. file: content/data/responses.csv")
        }
        var dataset = ResponseDataset(file: try fileNode.string("file"), fileLocation: fileNode.location)
        if let delimiter = node["delimiter"] {
            guard let dialect = CSVDialect(name: try delimiter.string("delimiter")) else {
                throw delimiter.invalid("delimiter", expected: "\",\", \";\" or tab")
            }
            dataset.dialect = dialect
        }
        if let format = node["date_format"] {
            guard let parsed = CalendarDate.Format(rawValue: try format.string("date_format")) else {
                throw format.invalid("date_format", expected: "YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY")
            }
            dataset.dateFormat = parsed
        }
        if let missing = node["missing"] {
            dataset.missingValues = Set(try missing.strings("missing"))
        }
        guard let columns = node["columns"] else {
            throw DataError(.missingKey("columns"), at: node.location, hint: "map the dataset's columns to roles, e.g. columns: { nps: recommend }")
        }
        let known = ["id", "customer", "date", "weight", "segments", "nps", "csat", "ces", "drivers", "text"]
        for (key, value) in columns.entries where !known.contains(key) {
            let suggestion = ClosestName.suggestion(for: key, among: known)
            throw DataError(.invalidSetting(key: "columns", value: key, expected: "a column role"), at: value.location,
                            hint: suggestion.map { "did you mean \"\($0)\"?" } ?? "roles are \(known.joined(separator: ", "))")
        }
        func reference(_ key: String) throws -> ColumnReference? {
            guard let value = columns[key] else { return nil }
            return ColumnReference(name: try value.string(key), location: value.location)
        }
        func references(_ key: String) throws -> [ColumnReference] {
            guard let value = columns[key] else { return [] }
            if value.node.scalar != nil { return [ColumnReference(name: try value.string(key), location: value.location)] }
            return try value.items.map { ColumnReference(name: try $0.string(key), location: $0.location) }
        }
        func scale(_ key: String, default range: ClosedRange<Int>) throws -> ScaleColumn? {
            guard let value = columns[key] else { return nil }
            return try ScaleColumn.parse(value, key: key, defaultScale: range)
        }
        dataset.id = try reference("id")
        dataset.customer = try reference("customer")
        dataset.date = try reference("date")
        dataset.weight = try reference("weight")
        dataset.segments = try references("segments")
        dataset.nps = try reference("nps")
        dataset.csat = try scale("csat", default: 1...5)
        dataset.ces = try scale("ces", default: 1...7)
        if let drivers = columns["drivers"] {
            let items = drivers.node.scalar != nil ? [drivers] : drivers.items
            dataset.drivers = try items.map { try ScaleColumn.parse($0, key: "drivers", defaultScale: 1...5) }
        }
        dataset.text = try reference("text")
        return dataset
    }
}

extension ScaleColumn {
    /// Accepts `name` or `{ column: name, scale: [1, 5] }`.
    static func parse(_ value: YAMLValue, key: String, defaultScale: ClosedRange<Int>) throws -> ScaleColumn {
        if value.node.scalar != nil {
            return ScaleColumn(column: ColumnReference(name: try value.string(key), location: value.location), scale: defaultScale)
        }
        guard let column = value["column"] else {
            throw DataError(.missingKey("\(key).column"), at: value.location, hint: "write \(key): { column: NAME, scale: [1, 5] }")
        }
        var range = defaultScale
        if let scaleNode = value["scale"] {
            let bounds = scaleNode.items.compactMap { $0.node.int }
            guard bounds.count == 2, bounds[0] < bounds[1] else {
                throw scaleNode.invalid("\(key).scale", expected: "two whole numbers, lowest first, e.g. [1, 5]")
            }
            range = bounds[0]...bounds[1]
        }
        return ScaleColumn(column: ColumnReference(name: try column.string("\(key).column"), location: column.location), scale: range)
    }
}
