import CXData
import CXSite
import Foundation

/// Takes `stat` snapshots of the files a build reads: cxreport.yml, everything under
/// content/ and templates/, and the datasets (responses, transactions, touchpoints)
/// wherever cxreport.yml puts them.
///
/// Polling is portable and cheap here (a report project has tens of files; a stat is
/// microseconds), needs no inotify/kqueue dependency, and sees changes on network and
/// container mounts where file events are not delivered. Hidden files, editor swap and
/// backup files, and the output folder are ignored.
public final class ProjectWatcher {
    /// Project-relative path → fingerprint.
    public typealias Snapshot = [String: FileFingerprint]

    public let projectDirectory: String
    /// Never watched, even inside content/ (absolute, standardised).
    public let outputDirectory: String
    /// The dataset paths as last read from cxreport.yml, with the fingerprint it was read at.
    private var datasets: (config: FileFingerprint?, paths: [String])?

    public init(projectDirectory: String, outputDirectory: String) {
        self.projectDirectory = (projectDirectory as NSString).standardizingPath
        self.outputDirectory = (outputDirectory as NSString).standardizingPath
    }

    /// The watched files as they are now.
    public func snapshot() -> Snapshot {
        var files: Snapshot = [:]
        let config = fingerprint(ProjectConfig.fileName)
        files[ProjectConfig.fileName] = config
        for folder in ["content", "templates"] { addFiles(under: folder, to: &files) }
        for dataset in datasetPaths(configFingerprint: config) where files[dataset] == nil {
            files[dataset] = fingerprint(dataset)
        }
        return files
    }

    /// The paths that differ between two snapshots, sorted.
    public static func changes(from old: Snapshot, to new: Snapshot) -> [String] {
        Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }.sorted()
    }

    private func fingerprint(_ relative: String) -> FileFingerprint? {
        FileFingerprint(path: (projectDirectory as NSString).appendingPathComponent(relative))
    }

    private func addFiles(under folder: String, to files: inout Snapshot) {
        let root = (projectDirectory as NSString).appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return }
        while let item = enumerator.nextObject() as? String {
            let name = (item as NSString).lastPathComponent
            let full = (root as NSString).appendingPathComponent(item)
            if Self.isIgnored(name) || full == outputDirectory || full.hasPrefix(outputDirectory + "/") {
                enumerator.skipDescendants()
                continue
            }
            guard let fingerprint = FileFingerprint(path: full), !fingerprint.isDirectory else { continue }
            files[folder + "/" + item] = fingerprint
        }
    }

    /// The datasets named in cxreport.yml, project-relative; none when the configuration
    /// cannot be read (its own change triggers the build that reports why). Read again
    /// only when cxreport.yml changes.
    private func datasetPaths(configFingerprint: FileFingerprint?) -> [String] {
        if let datasets, datasets.config == configFingerprint { return datasets.paths }
        let config = try? ProjectConfig.load(projectDirectory: projectDirectory)
        let files = [config?.responses?.file, config?.transactions?.source.file, config?.touchpoints?.source.file]
        let paths = files.compactMap { $0.map { ($0 as NSString).standardizingPath } }
        datasets = (configFingerprint, paths)
        return paths
    }

    /// Hidden files and what editors write beside the file they save.
    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
            || name.hasSuffix(".tmp") || name.hasPrefix("#") || name == "4913"
    }
}
