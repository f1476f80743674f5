import CXData
import FlyingFox
import Foundation

/// Answers one request: the live-reload version endpoint, or a file of the output
/// folder through `SitePathResolver`, with the reload script (and, after a failed
/// build, the error panel) added to HTML on the way out. Never writes anything.
///
/// GET and HEAD are served; HEAD gets GET's status and headers, with the length the body
/// would have and no body (RFC 9110 §9.3.2), so link checkers and `curl -I` work.
struct PreviewRequestHandler: HTTPHandler {
    let resolver: SitePathResolver
    let state: PreviewState
    /// The longest a version request waits for a new build before answering anyway.
    let longPollLimit: Duration

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        switch request.method {
        case .GET:
            return try await response(to: request, waitsForBuild: true)
        case .HEAD:
            var response = try await response(to: request, waitsForBuild: false)
            response.headers[.contentLength] = String(try await response.bodyData.count)
            response.payload = .httpBody(HTTPBodySequence(data: Data()))
            return response
        default:
            return Self.text(.methodNotAllowed, "only GET and HEAD are served\n", headers: [HTTPHeader("Allow"): "GET, HEAD"])
        }
    }

    /// The GET response; `waitsForBuild: false` answers the version endpoint at once.
    private func response(to request: HTTPRequest, waitsForBuild: Bool) async throws -> HTTPResponse {
        let rawPath = request.target.path()
        if rawPath == LiveReload.endpoint { return try await version(query: waitsForBuild ? request.target.query() : "") }
        // A file can be missing for a moment while a build swaps output/: look again once.
        for attempt in 0..<2 {
            try await waitWhileWriting()
            let snapshot = state.snapshot
            switch resolver.resolve(rawPath) {
            case .file(let path):
                guard let contents = FileManager.default.contents(atPath: path) else { continue }
                return Self.file(contents, type: MediaType.forPath(path), snapshot: snapshot)
            case .redirect(let location):
                return HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: location, .cacheControl: "no-store"]))
            case .notFound:
                if attempt == 0 && snapshot.isWriting { continue }
                return Self.missing(rawPath, snapshot: snapshot)
            case .forbidden(let reason):
                return Self.text(.forbidden, "forbidden: \(reason)\n")
            case .badRequest:
                return Self.text(.badRequest, "bad request: the path is not valid percent-encoded UTF-8\n")
            }
        }
        return Self.missing(rawPath, snapshot: state.snapshot)
    }

    /// The build version as text; with `since=N`, only once it differs from N or the
    /// wait limit has passed.
    private func version(query: String) async throws -> HTTPResponse {
        let since = query.split(separator: "&").lazy
            .compactMap { item -> Int? in item.hasPrefix("since=") ? Int(item.dropFirst(6)) : nil }.first
        if let since {
            let deadline = ContinuousClock.now + longPollLimit
            while state.snapshot.version == since && ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(50))
            }
        }
        return Self.text(.ok, "\(state.snapshot.version)")
    }

    /// Waits (at most 5 s) while a build swaps output/.
    private func waitWhileWriting() async throws {
        let deadline = ContinuousClock.now + .seconds(5)
        while state.snapshot.isWriting && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    private static func file(_ contents: Data, type: String, snapshot: PreviewState.Snapshot) -> HTTPResponse {
        var body = contents
        if MediaType.isHTML(type) {
            let panel = snapshot.failure.map(ErrorOverlay.panel) ?? ""
            body = LiveReload.inject(panel + LiveReload.script(version: snapshot.version), into: contents)
        }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: body)
    }

    /// Nothing at the path: the build errors when the last build failed, a holding
    /// page before the first build, else a 404; each reloads when a build finishes.
    private static func missing(_ path: String, snapshot: PreviewState.Snapshot) -> HTTPResponse {
        let status: HTTPStatusCode
        let page: String
        if let failure = snapshot.failure {
            (status, page) = (.internalServerError, ErrorOverlay.page(failure))
        } else if snapshot.version == 0 {
            (status, page) = (.serviceUnavailable, ErrorOverlay.buildingPage)
        } else {
            (status, page) = (.notFound, ErrorOverlay.notFoundPage)
        }
        let body = LiveReload.inject(LiveReload.script(version: snapshot.version), into: Data(page.utf8))
        return HTTPResponse(statusCode: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                            body: body)
    }

    private static func text(_ status: HTTPStatusCode, _ text: String, headers: [HTTPHeader: String] = [:]) -> HTTPResponse {
        var all = HTTPHeaders(headers)
        all[.contentType] = "text/plain; charset=utf-8"
        all[.cacheControl] = "no-store"
        return HTTPResponse(statusCode: status, headers: all, body: Data(text.utf8))
    }
}
