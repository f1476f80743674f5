import Foundation

/// A throwaway copy of the fixture project, so tests can edit it.
struct PreviewFixture {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The temporary folder holding the copy (the project is `project`, inside it).
    let root: String
    /// The project folder.
    let project: String
    var output: String { project + "/output" }

    /// Copies `Fixtures/<name>` into a new temporary folder.
    init(_ name: String = "preview") throws {
        root = NSTemporaryDirectory() + "cxreport-preview-" + UUID().uuidString
        project = root + "/project"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.fixtures.appendingPathComponent(name).path, toPath: project)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: project + "/" + relative, encoding: .utf8)
    }

    /// Rewrites a project file; the new content differs in size, so the change is seen
    /// even where file times are coarse.
    func write(_ relative: String, _ text: String) throws {
        try text.write(toFile: project + "/" + relative, atomically: true, encoding: .utf8)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Polls `condition` every 20 ms until it holds or `seconds` pass.
    static func waitUntil(seconds: Double = 10, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return try condition()
    }
}
