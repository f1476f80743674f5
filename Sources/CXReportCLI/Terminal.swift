#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where commands write: standard output and error, or buffers in tests.
///
/// Commands reach it through `Terminal.current`, a task-local, so tests can run
/// commands in-process and read what they printed without any global state.
public final class Terminal: @unchecked Sendable {
    @TaskLocal public static var current = Terminal.standard

    public let writeOut: @Sendable (String) -> Void
    public let writeError: @Sendable (String) -> Void
    /// True when standard error is an interactive terminal (progress lines are shown).
    public let isInteractive: Bool
    public let environment: [String: String]

    public init(isInteractive: Bool, environment: [String: String],
                writeOut: @escaping @Sendable (String) -> Void, writeError: @escaping @Sendable (String) -> Void) {
        self.isInteractive = isInteractive
        self.environment = environment
        self.writeOut = writeOut
        self.writeError = writeError
    }

    public static let standard = Terminal(
        isInteractive: isatty(2) == 1, environment: ProcessEnvironment.variables,
        writeOut: { text in writeAll(1, text) },
        writeError: { text in writeAll(2, text) })

    /// Writes straight to a file descriptor, so output ordering never depends on stdio buffers.
    private static func writeAll(_ descriptor: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written <= 0 { if errno == EINTR { continue }; return }
            offset += written
        }
    }

    public func print(_ line: String) { writeOut(line + "\n") }
    public func printError(_ line: String) { writeError(line + "\n") }

    /// Progress is for people watching a terminal: not in CI, not with --quiet.
    public func showsProgress(quiet: Bool) -> Bool {
        isInteractive && !quiet && environment["CI"] == nil
    }

    /// Colour only on a terminal and only when NO_COLOR is unset (no-color.org).
    public var usesColor: Bool { isInteractive && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb" }
}

/// A snapshot of the process environment.
public enum ProcessEnvironment {
    public static var variables: [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }
}
