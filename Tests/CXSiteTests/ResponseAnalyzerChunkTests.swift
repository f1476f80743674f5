import CXAnalytics
import CXData
import Foundation
import Testing
@testable import CXSite

/// The analysis read in parallel chunks equals the analysis read in one pass. Large files
/// are read in chunks that fold separately and merge (rolled up on their own threads,
/// their follow-up lists merged by handing over blocks), but the sample report's files are far
/// below the 1 MiB a chunk needs: these tests make the chunks 4 KiB, so three threads
/// read each of the three files in parts.
///
/// The follow-up list and every count must come out identical. Sums of non-integer values
/// (weights, sentiment scores) are added in another order when the rows are split in
/// another place, so other numbers may differ in their last bits: they are compared to a
/// relative 1e-9.
struct ResponseAnalyzerChunkTests {
    static func analysisJSON(_ directory: String, _ reading: ResponseAnalyzer.Reading) throws -> Any {
        let config = try ProjectConfig.load(projectDirectory: directory)
        let analysis = try #require(try ResponseAnalyzer.analyze(config: config, projectDirectory: directory, reading: reading))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try JSONSerialization.jsonObject(with: try encoder.encode(analysis))
    }

    /// Where `a` and `b` differ, as JSON paths: numbers by more than a relative 1e-9 (or
    /// 1e-12 near zero), anything else at all.
    static func differences(_ a: Any, _ b: Any, at path: String = "") -> [String] {
        switch (a, b) {
        case let (x as [String: Any], y as [String: Any]):
            guard Set(x.keys) == Set(y.keys) else { return ["\(path): keys \(x.keys.sorted()) against \(y.keys.sorted())"] }
            return x.keys.sorted().flatMap { differences(x[$0]!, y[$0]!, at: path + "." + $0) }
        case let (x as [Any], y as [Any]):
            guard x.count == y.count else { return ["\(path): \(x.count) elements against \(y.count)"] }
            return zip(x, y).enumerated().flatMap { differences($1.0, $1.1, at: path + "[\($0)]") }
        case let (x as NSNumber, y as NSNumber):
            let u = x.doubleValue, v = y.doubleValue
            return abs(u - v) <= max(1e-12, 1e-9 * max(abs(u), abs(v))) ? [] : ["\(path): \(u) against \(v)"]
        case let (x as String, y as String):
            return x == y ? [] : ["\(path): \"\(x)\" against \"\(y)\""]
        case (is NSNull, is NSNull):
            return []
        default:
            return ["\(path): \(a) against \(b)"]
        }
    }

    /// Three threads with small chunks give the one-pass analysis, weighted or not: the
    /// statistics, text, journey, CRM link and follow-up list, and the data quality.
    @Test(arguments: [false, true])
    func chunkedAnalysisEqualsOnePass(weighted: Bool) throws {
        let directory = try ProjectFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try SampleProject.configuration(weighted: weighted).write(toFile: directory + "/cxreport.yml", atomically: true, encoding: .utf8)
        let paths = try SampleProject.writeData(to: directory + "/content/data", responses: SampleResponses(count: 3000, seed: 7, weighted: weighted))
        let chunked = ResponseAnalyzer.Reading(threads: 3, minimumChunkBytes: 4096)
        for path in paths {  // each file is long enough to be read in three chunks
            let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
            #expect(size > 3 * chunked.minimumChunkBytes, "\(path) is too small to split")
        }
        let onePass = try Self.analysisJSON(directory, ResponseAnalyzer.Reading(threads: 1))
        let parallel = try Self.analysisJSON(directory, chunked)
        let found = Self.differences(onePass, parallel)
        #expect(found.isEmpty, "\(found.count) differences, first: \(found.prefix(5))")
        // The list itself, and the counts, exactly.
        let list = try #require((onePass as? [String: Any])?["follow_up"] as? [String: Any])
        let parallelList = try #require((parallel as? [String: Any])?["follow_up"] as? [String: Any])
        let a = try JSONSerialization.data(withJSONObject: list, options: [.sortedKeys])
        let b = try JSONSerialization.data(withJSONObject: parallelList, options: [.sortedKeys])
        #expect(a == b)
        #expect((list["entries"] as? [Any])?.isEmpty == false)
    }

    /// The touchpoints' and transactions' files are opened before the read ahead of theirs,
    /// to be split beside it (on the parallel path, taken here with small chunks); one that
    /// cannot be opened then is still reported as a data error that names it, as the
    /// loader's own open reports it.
    @Test(arguments: ["touchpoints", "transactions"])
    func aLinkedFileThatIsMissingIsReportedByName(missing: String) throws {
        let directory = try ProjectFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try SampleProject.configuration().write(toFile: directory + "/cxreport.yml", atomically: true, encoding: .utf8)
        _ = try SampleProject.writeData(to: directory + "/content/data", responses: SampleResponses(count: 3000, seed: 7))
        try FileManager.default.removeItem(atPath: directory + "/content/data/\(missing).csv")
        let config = try ProjectConfig.load(projectDirectory: directory)
        let reading = ResponseAnalyzer.Reading(threads: 3, minimumChunkBytes: 4096)
        let error = try #require(throws: DataError.self) {
            try ResponseAnalyzer.analyze(config: config, projectDirectory: directory, reading: reading)
        }
        #expect(error.reason == .fileNotFound)
        #expect(error.location.file == "cxreport.yml" && error.hint?.contains("\(missing).csv") == true)
    }

    /// The comparison above can fail: a changed figure is found and named by its path.
    @Test func differencesNameWhatChanged() {
        let a: [String: Any] = ["n": 100, "nps": ["score": 12.5, "low": 10.0], "names": ["a", "b"]]
        let b: [String: Any] = ["n": 100, "nps": ["score": 12.5000001, "low": 10.0], "names": ["a", "c"]]
        #expect(Self.differences(a, b) == [".names[1]: \"b\" against \"c\"", ".nps.score: 12.5 against 12.5000001"])
        #expect(Self.differences(a, a).isEmpty)
        #expect(Self.differences(["x": 1.0], ["x": 1.0 + 1e-12]).isEmpty)
    }
}
