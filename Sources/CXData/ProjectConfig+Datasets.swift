/// Parsing of the `datasets:` entries of cxreport.yml: the file settings every
/// dataset shares, then each kind's column roles. Every error points at the value
/// the user wrote, with the closest valid key as a hint.
extension DatasetSource {
    static let keys = ["file", "format", "delimiter", "encoding", "header_rows", "date_format", "missing", "not_applicable", "columns"]

    static func parse(_ node: YAMLValue, example: String) throws -> DatasetSource {
        guard node.isMapping else { throw node.invalid("dataset", expected: "a mapping with file: and columns:") }
        for (key, value) in node.entries where !keys.contains(key) {
            throw DataError(.invalidSetting(key: "dataset", value: key, expected: "a dataset setting"), at: value.location,
                            hint: ClosestName.suggestion(for: key, among: keys).map { "did you mean \"\($0)\"?" }
                                ?? "settings are \(keys.joined(separator: ", "))")
        }
        guard let fileNode = node["file"] else {
            throw DataError(.missingKey("file"), at: node.location, hint: "give the dataset's path, e.g. file: \(example)")
        }
        var source = DatasetSource(file: try fileNode.string("file"), fileLocation: fileNode.location)
        if let format = node["format"] {
            guard let parsed = DataFormat(name: try format.string("format")) else {
                throw format.invalid("format", expected: "csv, json or ndjson")
            }
            source.format = parsed
        }
        if let delimiter = node["delimiter"] {
            guard let dialect = CSVDialect(name: try delimiter.string("delimiter")) else {
                throw delimiter.invalid("delimiter", expected: "\",\", \";\" or tab")
            }
            source.dialect = dialect
        }
        if let encoding = node["encoding"] {
            guard let parsed = TextEncoding(name: try encoding.string("encoding")) else {
                throw encoding.invalid("encoding", expected: "utf-8, latin1 or windows-1252")
            }
            source.encoding = parsed
        }
        if let rows = node["header_rows"] {
            let count = try rows.int("header_rows")
            guard (1...10).contains(count) else { throw rows.invalid("header_rows", expected: "a whole number from 1 to 10") }
            source.headerRows = count
        }
        if let format = node["date_format"] {
            guard let parsed = CalendarDate.Format(rawValue: try format.string("date_format")) else {
                throw format.invalid("date_format", expected: "YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY")
            }
            source.dateFormat = parsed
        }
        if let missing = node["missing"] {
            source.missingValues = Set(try missing.strings("missing"))
        }
        if let codes = node["not_applicable"] {
            guard codes.isMapping else { throw codes.invalid("not_applicable", expected: "a mapping of column: [codes], e.g. { staff: [0] }") }
            for (column, value) in codes.entries {
                source.notApplicable[column] = try value.strings("not_applicable.\(column)")
            }
        }
        return source
    }
}

/// Reads the roles under one dataset's `columns:`, rejecting roles it does not know.
struct ColumnsNode {
    let node: YAMLValue

    init(_ dataset: YAMLValue, known: [String], example: String) throws {
        guard let columns = dataset["columns"] else {
            throw DataError(.missingKey("columns"), at: dataset.location, hint: "map the dataset's columns to roles, e.g. columns: { \(example) }")
        }
        guard columns.isMapping else { throw columns.invalid("columns", expected: "a mapping of role: column") }
        for (key, value) in columns.entries where !known.contains(key) {
            throw DataError(.invalidSetting(key: "columns", value: key, expected: "a column role"), at: value.location,
                            hint: ClosestName.suggestion(for: key, among: known).map { "did you mean \"\($0)\"?" }
                                ?? "roles are \(known.joined(separator: ", "))")
        }
        node = columns
    }

    func reference(_ key: String) throws -> ColumnReference? {
        guard let value = node[key] else { return nil }
        return ColumnReference(name: try value.string(key), location: value.location)
    }

    func required(_ key: String, dataset: YAMLValue) throws -> ColumnReference {
        guard let reference = try reference(key) else {
            throw DataError(.missingKey("columns.\(key)"), at: node.location, hint: "name the column that holds the \(key)")
        }
        return reference
    }

    func references(_ key: String) throws -> [ColumnReference] {
        guard let value = node[key] else { return [] }
        if value.node.scalar != nil { return [ColumnReference(name: try value.string(key), location: value.location)] }
        return try value.items.map { ColumnReference(name: try $0.string(key), location: $0.location) }
    }

    /// `{ name: [first, second] }` or `{ name: { columns: [first, second], scale: [1, 7] } }`.
    func pairs(_ key: String) throws -> [PairColumns] {
        guard let value = node[key] else { return [] }
        guard value.isMapping else { throw value.invalid(key, expected: "a mapping of name: [column, column]") }
        return try value.entries.map { name, entry in
            var columns = entry
            var scale: ClosedRange<Double>?
            if entry.isMapping {
                guard let listed = entry["columns"] else {
                    throw DataError(.missingKey("\(key).\(name).columns"), at: entry.location, hint: "write \(name): { columns: [first, second], scale: [1, 7] }")
                }
                columns = listed
                if let scaleNode = entry["scale"] { scale = try range(scaleNode, key: "\(key).\(name).scale") }
            }
            let items = columns.items
            guard items.count == 2 else {
                throw columns.invalid("\(key).\(name)", expected: key == "sacrifice" ? "two columns: [wanted, received]" : "two columns: [expected, perceived]")
            }
            return PairColumns(name: name,
                               first: ColumnReference(name: try items[0].string(key), location: items[0].location),
                               second: ColumnReference(name: try items[1].string(key), location: items[1].location),
                               scale: scale)
        }
    }

    func range(_ node: YAMLValue, key: String) throws -> ClosedRange<Double> {
        let bounds = node.items.compactMap { $0.node.float }
        guard node.items.count == 2, bounds.count == 2, bounds[0] < bounds[1] else {
            throw node.invalid(key, expected: "two numbers, lowest first, e.g. [1, 7]")
        }
        return bounds[0]...bounds[1]
    }
}

extension ResponseDataset {
    static let roles = ["id", "customer", "date", "weight", "segments", "nps", "csat", "ces", "outcome", "drivers",
                        "expectations", "sacrifice", "text"]

    static func parse(_ node: YAMLValue) throws -> ResponseDataset {
        let source = try DatasetSource.parse(node, example: "content/data/responses.csv")
        var dataset = ResponseDataset(file: source.file, fileLocation: source.fileLocation)
        dataset.source = source
        let columns = try ColumnsNode(node, known: roles, example: "nps: recommend")
        func scale(_ key: String, default range: ClosedRange<Int>) throws -> ScaleColumn? {
            guard let value = columns.node[key] else { return nil }
            return try ScaleColumn.parse(value, key: key, defaultScale: range)
        }
        dataset.id = try columns.reference("id")
        dataset.customer = try columns.reference("customer")
        dataset.date = try columns.reference("date")
        dataset.weight = try columns.reference("weight")
        dataset.segments = try columns.references("segments")
        dataset.nps = try columns.reference("nps")
        dataset.csat = try scale("csat", default: 1...5)
        dataset.ces = try scale("ces", default: 1...7)
        if let drivers = columns.node["drivers"] {
            let items = drivers.node.scalar != nil ? [drivers] : drivers.items
            dataset.drivers = try items.map { try ScaleColumn.parse($0, key: "drivers", defaultScale: 1...5) }
        }
        if let outcome = columns.node["outcome"] { dataset.outcome = try OutcomeColumn.parse(outcome) }
        dataset.expectations = try columns.pairs("expectations")
        dataset.sacrifices = try columns.pairs("sacrifice")
        dataset.text = try columns.reference("text")
        return dataset
    }
}

extension OutcomeColumn {
    /// Accepts `name` or `{ column: name, positive: [...], negative: [...] }`.
    static func parse(_ value: YAMLValue) throws -> OutcomeColumn {
        if value.node.scalar != nil {
            return OutcomeColumn(column: ColumnReference(name: try value.string("outcome"), location: value.location))
        }
        guard let column = value["column"] else {
            throw DataError(.missingKey("outcome.column"), at: value.location, hint: "write outcome: { column: NAME, positive: [\"yes\"] }")
        }
        guard let positive = value["positive"] else {
            throw DataError(.missingKey("outcome.positive"), at: value.location, hint: "list the answers that count as yes: positive: [\"yes\"]")
        }
        return OutcomeColumn(column: ColumnReference(name: try column.string("outcome.column"), location: column.location),
                             positive: try positive.strings("outcome.positive"),
                             negative: try value["negative"]?.strings("outcome.negative"))
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

extension TransactionDataset {
    static func parse(_ node: YAMLValue) throws -> TransactionDataset {
        let source = try DatasetSource.parse(node, example: "content/data/transactions.csv")
        let columns = try ColumnsNode(node, known: ["id", "customer", "date", "amount"], example: "customer: customer_id, amount: amount")
        var dataset = TransactionDataset(source: source, customer: try columns.required("customer", dataset: node),
                                         amount: try columns.required("amount", dataset: node))
        dataset.id = try columns.reference("id")
        dataset.date = try columns.reference("date")
        return dataset
    }
}

extension TouchpointDataset {
    static func parse(_ node: YAMLValue) throws -> TouchpointDataset {
        let source = try DatasetSource.parse(node, example: "content/data/touchpoints.csv")
        let columns = try ColumnsNode(node, known: ["customer", "stage", "touchpoint", "emotion", "emotion_label", "date"],
                                      example: "stage: stage, touchpoint: touchpoint, emotion: valence")
        guard let stageNode = columns.node["stage"] else {
            throw DataError(.missingKey("columns.stage"), at: columns.node.location, hint: "name the column that says before, during or after the purchase")
        }
        var stage: StageColumn
        if stageNode.isMapping {
            guard let column = stageNode["column"] else {
                throw DataError(.missingKey("stage.column"), at: stageNode.location, hint: "write stage: { column: NAME, values: { before: [...] } }")
            }
            stage = StageColumn(column: ColumnReference(name: try column.string("stage.column"), location: column.location))
            if let values = stageNode["values"] {
                for (name, list) in values.entries {
                    guard let journeyStage = JourneyStage(name: name) else {
                        throw list.invalid("stage.values", expected: "before, during or after as keys")
                    }
                    stage.values[journeyStage] = try list.strings("stage.values.\(name)")
                }
            }
        } else {
            stage = StageColumn(column: ColumnReference(name: try stageNode.string("stage"), location: stageNode.location))
        }
        var dataset = TouchpointDataset(source: source, stage: stage, touchpoint: try columns.required("touchpoint", dataset: node))
        dataset.customer = try columns.reference("customer")
        dataset.emotionLabel = try columns.reference("emotion_label")
        dataset.date = try columns.reference("date")
        if let emotion = columns.node["emotion"] {
            if emotion.isMapping {
                guard let column = emotion["column"] else {
                    throw DataError(.missingKey("emotion.column"), at: emotion.location, hint: "write emotion: { column: NAME, scale: [-1, 1] }")
                }
                let range = try emotion["scale"].map { try columns.range($0, key: "emotion.scale") } ?? -1...1
                dataset.emotion = RangeColumn(column: ColumnReference(name: try column.string("emotion.column"), location: column.location), range: range)
            } else {
                dataset.emotion = RangeColumn(column: ColumnReference(name: try emotion.string("emotion"), location: emotion.location), range: -1...1)
            }
        }
        return dataset
    }
}
