import Foundation
import Testing
@testable import CXPreview

/// The resolver alone: which request paths reach which files, and which are refused.
@Suite struct SitePathResolverTests {
    /// A site folder with a page, a sub-folder, and symlinks inside and out; beside it a secret.
    final class Site {
        let root = NSTemporaryDirectory() + "cxreport-resolver-" + UUID().uuidString
        var site: String { root + "/output" }
        init() throws {
            let manager = FileManager.default
            try manager.createDirectory(atPath: site + "/guide", withIntermediateDirectories: true)
            try "<p>home</p>".write(toFile: site + "/index.html", atomically: true, encoding: .utf8)
            try "<p>guide</p>".write(toFile: site + "/guide/index.html", atomically: true, encoding: .utf8)
            try "body{}".write(toFile: site + "/style.css", atomically: true, encoding: .utf8)
            try "secret".write(toFile: root + "/secret.txt", atomically: true, encoding: .utf8)
            try manager.createSymbolicLink(atPath: site + "/leak.txt", withDestinationPath: root + "/secret.txt")
            try manager.createSymbolicLink(atPath: site + "/up", withDestinationPath: "..")
            try manager.createSymbolicLink(atPath: site + "/alias.css", withDestinationPath: "style.css")
        }
        deinit { try? FileManager.default.removeItem(atPath: root) }
        var resolver: SitePathResolver { SitePathResolver(root: site) }
        func real(_ relative: String) -> String { SitePathResolver.realPath(site + "/" + relative)! }
    }

    @Test func filesInsideTheSiteAreFound() throws {
        let site = try Site()
        #expect(site.resolver.resolve("/") == .file(site.real("index.html")))
        #expect(site.resolver.resolve("/index.html") == .file(site.real("index.html")))
        #expect(site.resolver.resolve("/guide/") == .file(site.real("guide/index.html")))
        #expect(site.resolver.resolve("/style%2Ecss") == .file(site.real("style.css")))
        #expect(site.resolver.resolve("/alias.css") == .file(site.real("style.css")))
    }

    @Test func aFolderWithoutItsSlashRedirects() throws {
        let site = try Site()
        #expect(site.resolver.resolve("/guide") == .redirect(location: "/guide/"))
    }

    @Test func missingFilesAreNotFound() throws {
        let site = try Site()
        #expect(site.resolver.resolve("/nope.html") == .notFound)
        #expect(site.resolver.resolve("/guide/nope/") == .notFound)
    }

    @Test(arguments: [
        "/../secret.txt", "/guide/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/.%2e/secret.txt",
        "/%2e%2e%2fsecret.txt", "/guide%2f..%2f..%2fsecret.txt",
        "/..%5csecret.txt", "/..\\secret.txt", "//etc/passwd", "/./index.html", "/index.html%00.css", "etc/passwd",
        "http://example.com/../secret.txt",
    ])
    func traversalIsRefused(path: String) throws {
        let site = try Site()
        let result = site.resolver.resolve(path)
        guard case .forbidden = result else {
            Issue.record("\(path) resolved to \(result)")
            return
        }
    }

    @Test func anAbsoluteFilesystemPathStaysInsideTheSite() throws {
        let site = try Site()
        // "/<root>/secret.txt" is looked up under the site folder, where it does not exist.
        #expect(site.resolver.resolve(site.root + "/secret.txt") == .notFound)
        #expect(site.resolver.resolve("/etc/passwd") == .notFound)
    }

    @Test func percentEncodingIsDecodedOnce() throws {
        // "%252e" is a literal "%2e" in a file name after one decoding: no traversal, no file.
        let site = try Site()
        #expect(site.resolver.resolve("/%252e%252e/secret.txt") == .notFound)
    }

    @Test func symlinksLeadingOutsideAreRefused() throws {
        let site = try Site()
        #expect(site.resolver.resolve("/leak.txt") == .forbidden(reason: "a symlink leads outside the site"))
        #expect(site.resolver.resolve("/up/secret.txt") == .forbidden(reason: "a symlink leads outside the site"))
    }

    @Test func invalidPercentEncodingIsABadRequest() throws {
        let site = try Site()
        #expect(site.resolver.resolve("/%ff%fe.html") == .badRequest)
    }
}
