import Foundation

/// A file in a fresh temporary folder, removed when the test ends.
final class TemporaryFile {
    let directory: String
    let path: String

    init(name: String = "data.csv", bytes: [UInt8]) throws {
        directory = NSTemporaryDirectory() + "cxreport-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        path = directory + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
    }

    convenience init(name: String = "data.csv", _ text: String) throws {
        try self.init(name: name, bytes: Array(text.utf8))
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }
}
