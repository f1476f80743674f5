import CXData
import Foundation
import Testing
@testable import CXPreview
@testable import CXSite

/// The whole preview loop over real HTTP on 127.0.0.1: first build, edit → rebuild →
/// new page, reload script only in responses, failed builds shown over the last good site.
@Suite(.serialized) struct PreviewSessionTests {
    /// A running session on a fixture copy, with the events it reported.
    final class Running: @unchecked Sendable {
        let fixture: PreviewFixture
        let session: PreviewSession
        let port: UInt16
        let events = EventLog()

        init() async throws {
            fixture = try PreviewFixture()
            var options = PreviewSession.Options(projectDirectory: fixture.project, port: 0)
            options.pollInterval = .milliseconds(50)
            options.longPollLimit = .seconds(2)
            let events = events
            session = try PreviewSession(options: options, events: { events.append($0) })
            port = try await session.start()
            #expect(PreviewFixture.waitUntil { self.session.state.snapshot.version >= 1 })
        }

        func get(_ target: String) throws -> RawHTTP.Response { try RawHTTP.get(target, port: port) }

        func stop() async {
            await session.stop()
            fixture.remove()
        }
    }

    final class EventLog: @unchecked Sendable {
        private let lock = NSLock()
        private var events: [PreviewSession.Event] = []
        func append(_ event: PreviewSession.Event) { lock.withLock { events.append(event) } }
        var all: [PreviewSession.Event] { lock.withLock { events } }
    }

    @Test func listensOnIPv4LoopbackOnly() async throws {
        let running = try await Running()
        let address = await running.session.listeningAddress
        #expect(address?.host == "127.0.0.1")
        #expect(address?.port == running.port)
        #expect(PreviewServer.host == "127.0.0.1")
        await running.stop()
    }

    @Test func theReloadScriptIsServedButNeverWritten() async throws {
        let running = try await Running()
        let page = try running.get("/")
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.body.contains("<script \(LiveReload.marker)>"))
        #expect(page.body.contains(LiveReload.endpoint))
        let css = try running.get("/style.css")
        #expect(css.status == 200 && !css.body.contains(LiveReload.marker))
        let files = FileManager.default.enumerator(atPath: running.fixture.output)?.allObjects as? [String] ?? []
        #expect(files.contains("index.html"))
        for file in files {
            let text = (try? String(contentsOfFile: running.fixture.output + "/" + file, encoding: .utf8)) ?? ""
            #expect(!text.contains(LiveReload.marker) && !text.contains("<script"), "\(file) has a script")
        }
        await running.stop()
    }

    /// HEAD gets GET's status, type and length without a body (pages, the version endpoint
    /// and a missing page alike); other methods get 405 naming both.
    @Test func headIsAnsweredLikeGetWithoutABody() async throws {
        let running = try await Running()
        for target in ["/", "/style.css", LiveReload.endpoint, "/no-such-page.html"] {
            let get = try running.get(target)
            let head = try RawHTTP.send("HEAD", target, port: running.port)
            #expect(head.status == get.status, "\(target)")
            #expect(head.headers["content-type"] == get.headers["content-type"], "\(target)")
            #expect(head.headers["content-length"] == String(get.body.utf8.count), "\(target)")
            #expect(head.body.isEmpty, "\(target)")
        }
        let post = try RawHTTP.send("POST", "/", port: running.port)
        #expect(post.status == 405 && post.headers["allow"] == "GET, HEAD")
        await running.stop()
    }

    @Test func anEditedNarrativeIsServedAfterTheRebuild() async throws {
        let running = try await Running()
        #expect(try running.get("/").body.contains("The first narrative paragraph."))
        let version = running.session.state.snapshot.version
        try running.fixture.write("content/index.md",
                                  try running.fixture.read("content/index.md").replacingOccurrences(
                                      of: "The first narrative paragraph.", with: "An edited paragraph, longer than before."))
        // The long poll answers with the new version once the rebuild is done.
        let answer = try running.get("\(LiveReload.endpoint)?since=\(version)")
        #expect(answer.status == 200)
        #expect(try PreviewFixture.waitUntil { try running.get("/").body.contains("An edited paragraph, longer than before.") })
        #expect(!(try running.get("/").body.contains("The first narrative paragraph.")))
        let changes = running.events.all.compactMap { event -> [String]? in
            if case .building(let changes) = event, !changes.isEmpty { return changes } else { return nil }
        }
        #expect(changes.first == ["content/index.md"])
        #expect(running.session.cache.counters.hits >= 1)
        await running.stop()
    }

    @Test func aFailedBuildIsShownOverTheLastGoodSite() async throws {
        let running = try await Running()
        try running.fixture.write("content/index.md", try running.fixture.read("content/index.md")
            + "\n```chart\nkind: <b>bold</b>\nmeasure: nps\nby: period\n```\n")
        #expect(PreviewFixture.waitUntil { running.session.state.snapshot.failure != nil })
        let page = try running.get("/")
        #expect(page.status == 200)
        #expect(page.body.contains("The first narrative paragraph."))
        #expect(page.body.contains(ErrorOverlay.marker))
        #expect(page.body.contains("content/index.md:"))
        #expect(page.body.contains("&lt;b&gt;bold&lt;/b&gt;"))
        #expect(!page.body.contains("<b>bold</b>"))
        let missing = try running.get("/not-built-yet.html")
        #expect(missing.status == 500 && missing.body.contains("content/index.md:"))
        #expect(running.events.all.contains { if case .failed = $0 { true } else { false } })

        // Fixing the narrative clears the overlay.
        try running.fixture.write("content/index.md", "# Fixed\n\nFixed again, and this is a longer text.\n")
        #expect(try PreviewFixture.waitUntil { try running.get("/").body.contains("Fixed again") })
        #expect(running.session.state.snapshot.failure == nil)
        #expect(!(try running.get("/").body.contains(ErrorOverlay.marker)))
        await running.stop()
    }

    @Test(arguments: [
        "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/%2e%2e%2fsecret.txt", "/..%2fsecret.txt",
        "/..%5csecret.txt", "/.%2e/.%2e/project/secret.txt", "//secret.txt", "/output/../../secret.txt",
    ])
    func requestsOutsideTheSiteAreRefused(target: String) async throws {
        let running = try await Running()
        let response = try running.get(target)
        #expect([400, 403, 404].contains(response.status), "\(target): \(response.status)")
        #expect(!response.body.contains("fixture-secret"))
        await running.stop()
    }

    @Test func absolutePathsAndOutwardSymlinksAreRefused() async throws {
        let running = try await Running()
        let absolute = try running.get(running.fixture.project + "/secret.txt")
        #expect([403, 404].contains(absolute.status) && !absolute.body.contains("fixture-secret"))
        try FileManager.default.createSymbolicLink(atPath: running.fixture.output + "/leak.txt", withDestinationPath: "../secret.txt")
        let link = try running.get("/leak.txt")
        #expect(link.status == 403 && !link.body.contains("fixture-secret"))
        await running.stop()
    }
}
