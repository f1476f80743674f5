import Foundation
@testable import CXSite

/// Paths to fixture projects and a throwaway output folder per test.
enum ProjectFixture {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func project(_ name: String) -> String {
        fixtures.appendingPathComponent("Projects/\(name)").path
    }

    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "cxreport-site-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Builds `project` into a fresh folder and returns the folder.
    static func build(_ project: String) throws -> (output: String, result: SiteBuilder.Result) {
        let output = try temporaryDirectory() + "/site"
        let result = try SiteBuilder(options: .init(projectDirectory: project, outputDirectory: output)).build()
        return (output, result)
    }

    static func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    /// Every file under `folder`, relative path → bytes.
    static func snapshot(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = folder + "/" + relative
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = FileManager.default.contents(atPath: full)
            }
        }
        return files
    }
}
