import CXAnalytics
import CXData
import Foundation

/// Remembers analysis results across builds in one process (`cxreport serve`), so that
/// editing a narrative does not read a 1M-row dataset again.
///
/// A result is keyed by a digest of the parsed configuration (exactly what the analysis
/// reads from cxreport.yml, so the key can never describe a different file than the one
/// analysed; sets and dictionaries in sorted order, since their iteration order differs
/// between two loads of the same file) and a digest of the dataset's bytes. Hashing 100 MB on every build would
/// cost tens of milliseconds, so the dataset's digest is reused while its `stat`
/// fingerprint (size, modification and status-change times, inode) is unchanged, and
/// computed afresh when any of those moves; a dataset that was only touched, or rewritten
/// with the same bytes, still hits the cache. A dataset that changes while it is being
/// analysed is never cached. Safe to share between threads.
public final class AnalysisCache: @unchecked Sendable {
    /// How often the cache answered and how much work it did, for tests and benchmarks.
    public struct Counters: Hashable, Sendable {
        /// Results served from the cache.
        public var hits = 0
        /// Analyses run because no result matched.
        public var misses = 0
        /// Datasets read in full to compute their digest.
        public var datasetDigests = 0
    }

    private struct Key: Hashable {
        var config: ContentDigest
        /// Responses first, then transactions and touchpoints when declared.
        var datasetPaths: [String]
        var datasets: [ContentDigest]
    }

    private let lock = NSLock()
    private let capacity: Int
    private var entries: [Key: ResponseAnalysis] = [:]
    /// Keys from oldest to newest use, for eviction.
    private var order: [Key] = []
    private var digests: [String: (fingerprint: FileFingerprint, digest: ContentDigest)] = [:]
    private var counts = Counters()

    /// Keeps at most `capacity` results (each is a few kilobytes of statistics).
    public init(capacity: Int = 4) {
        self.capacity = max(1, capacity)
    }

    public var counters: Counters { lock.withLock { counts } }

    /// Forgets every result and digest.
    public func removeAll() {
        lock.withLock {
            entries.removeAll()
            order.removeAll()
            digests.removeAll()
        }
    }

    /// The analysis of the project's responses: from the cache when the configuration and
    /// the dataset are unchanged, else by `ResponseAnalyzer.analyze` (whose errors pass through).
    public func analysis(config: ProjectConfig, projectDirectory: String) throws -> ResponseAnalysis? {
        guard let dataset = config.responses else { return nil }
        // Every file the analysis reads: touchpoints and transactions join the responses.
        let files = [dataset.file] + [config.transactions?.source.file, config.touchpoints?.source.file].compactMap { $0 }
        let paths = files.map { ((projectDirectory as NSString).appendingPathComponent($0) as NSString).standardizingPath }
        let analyze = { try ResponseAnalyzer.analyze(config: config, projectDirectory: projectDirectory) }
        var fingerprints: [FileFingerprint] = []
        var datasetDigests: [ContentDigest] = []
        for path in paths {
            guard let before = FileFingerprint(path: path), !before.isDirectory,
                  let digest = digest(ofFileAt: path, fingerprint: before) else {
                lock.withLock { counts.misses += 1 }
                return try analyze()
            }
            fingerprints.append(before)
            datasetDigests.append(digest)
        }
        let key = Key(config: ContentDigest.of(Self.canonicalDescription(of: config).utf8), datasetPaths: paths, datasets: datasetDigests)
        if let cached = lock.withLock({ lookUp(key) }) { return cached }

        let result = try analyze()
        // Only datasets that stayed the same from digest to the end of the analysis are cached.
        if let result, paths.map({ FileFingerprint(path: $0) }) == fingerprints.map(Optional.some) {
            lock.withLock { store(result, for: key) }
        }
        return result
    }

    /// The dataset's digest, reused while its fingerprint holds; nil when the file
    /// cannot be read or changes while it is read.
    private func digest(ofFileAt path: String, fingerprint: FileFingerprint) -> ContentDigest? {
        if let known = lock.withLock({ digests[path] }), known.fingerprint == fingerprint { return known.digest }
        guard let digest = ContentDigest.ofFile(atPath: path), FileFingerprint(path: path) == fingerprint else { return nil }
        lock.withLock {
            counts.datasetDigests += 1
            digests[path] = (fingerprint, digest)
        }
        return digest
    }

    /// Call with the lock held.
    private func lookUp(_ key: Key) -> ResponseAnalysis? {
        guard let result = entries[key] else {
            counts.misses += 1
            return nil
        }
        counts.hits += 1
        order.removeAll { $0 == key }
        order.append(key)
        return result
    }

    /// Call with the lock held.
    private func store(_ result: ResponseAnalysis, for key: Key) {
        if entries.updateValue(result, forKey: key) == nil { order.append(key) }
        while order.count > capacity {
            entries[order.removeFirst()] = nil
        }
    }
}

extension AnalysisCache {
    /// A description of `value` that is the same for equal values: every stored property
    /// by label, recursively, with the elements of sets and dictionaries sorted.
    /// (`dump` and `String(describing:)` print them in hash order, which is seeded per
    /// table, so two loads of one cxreport.yml would describe differently.)
    static func canonicalDescription(of value: Any) -> String {
        var text = ""
        writeCanonical(value, to: &text)
        return text
    }

    private static func writeCanonical(_ value: Any, to text: inout String) {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .set, .dictionary:
            let elements = mirror.children.map { canonicalDescription(of: $0.value) }.sorted()
            text += "{" + elements.joined(separator: ",") + "}"
        case .optional:
            if let wrapped = mirror.children.first { writeCanonical(wrapped.value, to: &text) } else { text += "nil" }
        case .enum where mirror.children.isEmpty:
            text += "\(mirror.subjectType).\(value)"
        case nil where mirror.children.isEmpty:
            text += String(reflecting: value)
        default:
            text += "\(mirror.subjectType)("
            for child in mirror.children {
                text += (child.label ?? "_") + ":"
                writeCanonical(child.value, to: &text)
                text += ","
            }
            text += ")"
        }
    }
}
