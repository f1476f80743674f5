import Foundation
import Testing
import ZIPFoundation
@testable import CXSite

/// The single-file report and the zip bundle, built from Fixtures/Projects/site.
struct SharingTests {
    static func build(singleFile: Bool = false, zip: Bool = false) throws -> String {
        let output = try ProjectFixture.temporaryDirectory() + "/report"
        var options = SiteBuilder.Options(projectDirectory: ProjectFixture.project("site"), outputDirectory: output)
        options.singleFile = singleFile
        options.zip = zip
        _ = try SiteBuilder(options: options).build()
        return output
    }

    /// Values of `attribute="…"` in `html`.
    static func attributeValues(_ attribute: String, in html: String) -> [String] {
        html.components(separatedBy: " \(attribute)=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
    }

    /// One file; nothing it loads or links to lies outside it; every in-file link has its target.
    @Test func singleFileIsSelfContained() throws {
        let output = try Self.build(singleFile: true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output) == ["report.html"])
        let html = try ProjectFixture.read(output + "/report.html")
        #expect(Self.attributeValues("src", in: html).isEmpty)
        #expect(!html.contains("<script") && !html.contains("<link "))
        let ids = Set(Self.attributeValues("id", in: html))
        let hrefs = Self.attributeValues("href", in: html)
        #expect(hrefs.count > 10)
        for href in hrefs {
            #expect(href.hasPrefix("#") || href.hasPrefix("https:") || href.hasPrefix("mailto:"), "\(href) points outside the file")
            if href.hasPrefix("#") { #expect(ids.contains(String(href.dropFirst())), "\(href) has no target") }
        }
        // Page links became section links, anchors got their page's prefix.
        #expect(html.contains("href=\"#page-guide-setup--install\""))
        #expect(html.contains("<section class=\"cx-page\" id=\"page-region-north\">"))
        #expect(html.utf8.count < 1_000_000)
    }

    /// Two zips of the same input are byte-identical; entries are sorted under one folder
    /// with the build date as timestamp; every relative link inside resolves to an entry.
    @Test func zipIsDeterministicAndLinksResolve() throws {
        let first = try Self.build(zip: true), second = try Self.build(zip: true)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: first + ".zip"))
        #expect(bytes == (try Data(contentsOf: URL(fileURLWithPath: second + ".zip"))))
        let archive = try Archive(data: bytes, accessMode: .read)
        let entries = archive.map(\.path)
        #expect(entries == entries.sorted())
        #expect(entries.contains("report/index.html") && entries.contains("report/guide/setup.html") && entries.contains("report/style.css"))
        let firstEntry = try #require(archive.makeIterator().next())
        let modified = try #require(firstEntry.fileAttributes[.modificationDate] as? Date)
        let stamp = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: modified)
        #expect(stamp.year == 2026 && stamp.month == 1 && stamp.day == 15)
        for entry in archive where entry.path.hasSuffix(".html") {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            let html = String(decoding: data, as: UTF8.self)
            let folder = (entry.path as NSString).deletingLastPathComponent
            for link in Self.attributeValues("href", in: html) + Self.attributeValues("src", in: html)
            where !link.hasPrefix("#") && !link.contains(":") {
                let path = String(link.split(separator: "#").first ?? "")
                var parts = folder.split(separator: "/").map(String.init)
                for part in path.split(separator: "/") {
                    if part == ".." { parts.removeLast() } else if part != "." { parts.append(String(part)) }
                }
                let resolved = parts.joined(separator: "/")
                #expect(entries.contains(resolved), "\(entry.path) links to \(link), not in the zip")
            }
        }
    }
}
