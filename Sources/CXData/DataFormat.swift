/// The file format of a dataset: `format:` in cxreport.yml, or taken from the file's
/// extension (`.json`, `.ndjson`/`.jsonl`, anything else is delimited text).
public enum DataFormat: String, Hashable, Sendable, Codable {
    case csv
    case json
    case ndjson

    public init?(name: String) {
        switch name.lowercased() {
        case "csv", "tsv", "text": self = .csv
        case "json": self = .json
        case "ndjson", "jsonl", "json-lines", "jsonlines": self = .ndjson
        default: return nil
        }
    }

    /// The format a file's extension implies; CSV when the extension says nothing.
    public init(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") { self = .json }
        else if lower.hasSuffix(".ndjson") || lower.hasSuffix(".jsonl") { self = .ndjson }
        else { self = .csv }
    }
}
