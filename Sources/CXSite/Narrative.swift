import CXData
import Foundation

/// One Markdown page of the report: `content/<name>.md` with its front matter.
public struct Narrative: Sendable {
    /// Path relative to the project, e.g. `content/nps.md`; errors name this.
    public var path: String
    public var title: String
    /// Position in the navigation; ties sort by path.
    public var order: Int
    public var description: String?
    public var draft: Bool
    /// Markdown after the front matter (with Mustache tags still in it).
    public var body: String
    /// The line of the file where `body` starts.
    public var bodyLine: Int
    /// The page's file in the output, e.g. `nps.html`.
    public var outputName: String
    /// The layout to use (`template: wide` → templates/wide.mustache); nil for `layout`.
    public var template: String?

    /// The bytes with CRLF and lone CR line ends turned into LF, so a narrative saved on
    /// Windows has the same front matter, lines and columns as one saved anywhere else.
    static func unixLineEnds(_ data: Data) -> Data {
        // memchr, not Data.contains: the byte-at-a-time iterator cost a tenth of the
        // Markdown benchmark on a 10 MB file.
        let hasCR = data.withUnsafeBytes { bytes in
            bytes.baseAddress.map { memchr($0, 13, bytes.count) != nil } ?? false
        }
        guard hasCR else { return data }
        var out = Data(capacity: data.count)
        var previous: UInt8 = 0
        for byte in data {
            if byte == 13 { out.append(10) } else if !(byte == 10 && previous == 13) { out.append(byte) }
            previous = byte
        }
        return out
    }

    /// Reads and splits `content/<file>`.
    public static func load(path: String, projectDirectory: String) throws -> Narrative {
        let full = (projectDirectory as NSString).appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: full) else {
            throw DataError(.unreadable("cannot open the file"), at: SourceLocation(file: path))
        }
        guard let text = String(data: Self.unixLineEnds(data), encoding: .utf8) else {
            throw DataError(.unreadable("not valid UTF-8 text"), at: SourceLocation(file: path), hint: "save the narrative as UTF-8")
        }
        let split = try FrontMatter.split(text, file: path)
        let settings = split.settings
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        var narrative = Narrative(
            path: path,
            title: try settings?["title"]?.string("title") ?? stem.capitalized,
            order: try settings?["order"]?.int("order") ?? 100,
            description: try settings?["description"]?.string("description"),
            draft: try settings?["draft"]?.bool("draft") ?? false,
            body: split.body, bodyLine: split.bodyLine, outputName: stem + ".html")
        if let settings {
            let known = ["title", "order", "description", "draft", "template"]
            for (key, value) in settings.entries where !known.contains(key) {
                throw DataError(.invalidSetting(key: "front matter", value: key, expected: "one of \(known.joined(separator: ", "))"),
                                at: value.location, hint: ClosestName.suggestion(for: key, among: known).map { "did you mean \"\($0)\"?" })
            }
        }
        narrative.template = try settings?["template"]?.string("template")
        if narrative.title.isEmpty { narrative.title = stem }
        return narrative
    }
}
