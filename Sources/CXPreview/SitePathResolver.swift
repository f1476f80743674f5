import CXSite
import Foundation

/// Maps a request path onto a file inside the output folder, and refuses everything
/// that could reach outside it.
///
/// The raw (still percent-encoded) path is decoded exactly once; then `.` and `..`
/// segments, empty segments (`//etc/passwd`), backslashes and NUL bytes are refused
/// outright rather than normalised, and the file found is checked once more after
/// resolving symlinks, so a link inside the folder cannot lead out of it.
public struct SitePathResolver: Sendable {
    /// What a request path leads to.
    public enum Resolution: Hashable, Sendable {
        /// A regular file inside the folder (absolute path, symlinks resolved).
        case file(String)
        /// A folder asked for without its trailing slash: redirect so relative links work.
        case redirect(location: String)
        /// Nothing there.
        case notFound
        /// A path that tries to leave the folder, or is not a plain path; never looked up.
        case forbidden(reason: String)
        /// Percent-encoding that does not decode to UTF-8.
        case badRequest
    }

    /// The folder served (the site's output folder).
    public let root: String

    public init(root: String) {
        self.root = (root as NSString).standardizingPath
    }

    /// Resolves `rawPath`, the request target's path without its query, as received.
    public func resolve(_ rawPath: String) -> Resolution {
        guard rawPath.hasPrefix("/") else { return .forbidden(reason: "the path is not absolute in the site") }
        if rawPath.contains("\\") { return .forbidden(reason: "backslash in the path") }
        guard let decoded = rawPath.removingPercentEncoding else { return .badRequest }
        if decoded.contains("\0") { return .forbidden(reason: "NUL in the path") }
        if decoded.contains("\\") { return .forbidden(reason: "backslash in the path") }
        let segments = decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            if segment == ".." || segment == "." { return .forbidden(reason: "dot segment in the path") }
            if segment.isEmpty && index != segments.count - 1 { return .forbidden(reason: "empty segment in the path") }
        }
        let relative = segments.joined(separator: "/")
        var candidate = relative.isEmpty ? root : root + "/" + relative
        guard let found = FileFingerprint(path: candidate) else { return .notFound }
        if found.isDirectory {
            if !decoded.hasSuffix("/") { return .redirect(location: rawPath + "/") }
            candidate += candidate.hasSuffix("/") ? "index.html" : "/index.html"
        }
        guard let real = Self.realPath(candidate), let realRoot = Self.realPath(root) else { return .notFound }
        guard real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else {
            return .forbidden(reason: "a symlink leads outside the site")
        }
        guard let file = FileFingerprint(path: real), !file.isDirectory else { return .notFound }
        return .file(real)
    }

    /// The canonical absolute path, symlinks resolved; nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
