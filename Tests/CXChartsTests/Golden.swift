import Foundation
import Testing

/// Golden files under `Fixtures/`, compared byte for byte. Set `CXREPORT_RECORD=1` to
/// rewrite them (then open them and check them before committing).
enum Golden {
    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    static var recording: Bool {
        ProcessInfo.processInfo.environment["CXREPORT_RECORD"] == "1"
    }

    /// Compares `actual` with `Fixtures/<name>`; records it instead when recording.
    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = fixtures.appendingPathComponent(name)
        if recording {
            try? FileManager.default.createDirectory(at: fixtures, withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            return
        }
        guard let data = try? Data(contentsOf: url), let expected = String(data: data, encoding: .utf8) else {
            Issue.record("missing golden \(name); run with CXREPORT_RECORD=1 and review it", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let firstDifference = zip(expected, actual).prefix { $0 == $1 }.count
            let context = String(actual.dropFirst(max(0, firstDifference - 40)).prefix(120))
            Issue.record("\(name) differs from golden at character \(firstDifference): …\(context)…", sourceLocation: sourceLocation)
        }
    }
}
