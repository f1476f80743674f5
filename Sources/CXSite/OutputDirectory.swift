import CXData
import Foundation

/// Writes a whole site beside the output folder and swaps it in only when every
/// file was written, so a failed build leaves the previous output untouched.
public struct OutputDirectory {
    public let path: String
    /// Path as shown to the user.
    public let displayPath: String

    public init(path: String, displayPath: String) {
        self.path = (path as NSString).standardizingPath
        self.displayPath = displayPath
    }

    /// Refuses an output folder that would replace the project itself.
    public func validate(projectDirectory: String) throws {
        let project = (projectDirectory as NSString).standardizingPath
        let projectWithSlash = project.hasSuffix("/") ? project : project + "/"
        let output = path.hasSuffix("/") ? path : path + "/"
        if projectWithSlash.hasPrefix(output) ||
            FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent(ProjectConfig.fileName)) {
            throw DataError(.invalidSetting(key: "--output", value: displayPath, expected: "a folder inside or beside the project, not the project itself"),
                            at: SourceLocation(file: displayPath), hint: "the output folder is replaced on every build; use e.g. --output output")
        }
    }

    /// Writes one file next to the output folder (`output.zip`), atomically by rename.
    public func writeBeside(name: String, contents: [UInt8]) throws {
        let target = ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
        let staging = target + ".partial"
        guard FileManager.default.createFile(atPath: staging, contents: Data(contents)) else {
            throw DataError(.unreadable("cannot write \(name)"), at: SourceLocation(file: name), hint: "check that the folder is writable")
        }
        do {
            if FileManager.default.fileExists(atPath: target) { try FileManager.default.removeItem(atPath: target) }
            try FileManager.default.moveItem(atPath: staging, toPath: target)
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw DataError(.unreadable("cannot write \(name): \(error.localizedDescription)"), at: SourceLocation(file: name))
        }
    }

    /// Writes `files` (relative path → bytes) as the new content of the folder.
    public func replace(with files: [(path: String, contents: [UInt8])]) throws {
        let manager = FileManager.default
        let parent = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let staging = (parent as NSString).appendingPathComponent(".\(name).building")
        let previous = (parent as NSString).appendingPathComponent(".\(name).previous")
        do {
            try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
            if manager.fileExists(atPath: staging) { try manager.removeItem(atPath: staging) }
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            for file in files.sorted(by: { $0.path < $1.path }) {
                let target = (staging as NSString).appendingPathComponent(file.path)
                try manager.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                guard manager.createFile(atPath: target, contents: Data(file.contents)) else {
                    throw DataError(.unreadable("cannot write \(file.path)"), at: SourceLocation(file: displayPath))
                }
            }
            if manager.fileExists(atPath: previous) { try manager.removeItem(atPath: previous) }
            if manager.fileExists(atPath: path) { try manager.moveItem(atPath: path, toPath: previous) }
            do {
                try manager.moveItem(atPath: staging, toPath: path)
            } catch {
                if manager.fileExists(atPath: previous) { try? manager.moveItem(atPath: previous, toPath: path) }
                throw error
            }
            if manager.fileExists(atPath: previous) { try manager.removeItem(atPath: previous) }
        } catch let error as DataError {
            try? manager.removeItem(atPath: staging)
            throw error
        } catch {
            try? manager.removeItem(atPath: staging)
            throw DataError(.unreadable("cannot write the output: \(error.localizedDescription)"), at: SourceLocation(file: displayPath),
                            hint: "check that the folder is writable; the previous output was left as it was")
        }
    }
}
