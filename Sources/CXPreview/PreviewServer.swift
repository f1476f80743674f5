import FlyingFox
import FlyingSocks
import Foundation

/// The HTTP side of `cxreport serve`: FlyingFox listening on 127.0.0.1 only, every
/// request answered by `PreviewRequestHandler`.
///
/// The address is `.inet(ip4: "127.0.0.1", port:)` on purpose: FlyingFox's `.loopback`
/// binds only `[::1]`, and its default binds every interface.
public final class PreviewServer: @unchecked Sendable {
    /// The only address the server listens on.
    public static let host = "127.0.0.1"

    private let server: HTTPServer
    private let requestedPort: UInt16
    private let lock = NSLock()
    private var runTask: Task<Void, Never>?
    private var runError: (any Error)?
    private var boundPort: UInt16?

    /// Serves the files under `outputDirectory`; `port` 0 picks a free port.
    public init(outputDirectory: String, state: PreviewState, port: UInt16, longPollLimit: Duration = .seconds(20)) throws {
        requestedPort = port
        let handler = PreviewRequestHandler(resolver: SitePathResolver(root: outputDirectory), state: state,
                                            longPollLimit: longPollLimit)
        // The handler timeout must outlast the long poll, or FlyingFox answers 500 first.
        let timeout = Double(longPollLimit.components.seconds) + 10
        server = HTTPServer(address: try .inet(ip4: Self.host, port: port), timeout: timeout,
                            logger: .disabled, handler: handler)
    }

    /// The port listened on, once `start()` returned.
    public var port: UInt16? { lock.withLock { boundPort } }

    /// Where FlyingFox says its socket is bound (`127.0.0.1` and the port).
    public var listeningAddress: (host: String, port: UInt16)? {
        get async {
            guard case .ip4(let host, let port) = await server.listeningAddress else { return nil }
            return (host, port)
        }
    }

    /// Opens the socket and starts answering; throws `PreviewError` (e.g. `.portInUse`)
    /// when it cannot listen. Returns the port, useful when 0 was asked for.
    @discardableResult
    public func start() async throws -> UInt16 {
        let task = Task { [server] in
            do { try await server.run() } catch {
                self.lock.withLock { self.runError = error }
            }
        }
        lock.withLock { runTask = task }
        let deadline = ContinuousClock.now + .seconds(10)
        while !(await server.isListening) {
            if let error = lock.withLock({ runError }) { throw Self.explain(error, port: requestedPort) }
            guard ContinuousClock.now < deadline else {
                await stop()
                throw PreviewError.cannotListen(port: requestedPort, reason: "the server did not start within 10 seconds")
            }
            try await Task.sleep(for: .milliseconds(5))
        }
        guard let address = await listeningAddress else {
            await stop()
            throw PreviewError.cannotListen(port: requestedPort, reason: "the socket has no IPv4 address")
        }
        lock.withLock { boundPort = address.port }
        return address.port
    }

    /// Closes the socket and ends open connections (long polls included).
    public func stop() async {
        await server.stop(timeout: 0)
        let task = lock.withLock { () -> Task<Void, Never>? in
            defer { runTask = nil }
            return runTask
        }
        task?.cancel()
        await task?.value
    }

    static func explain(_ error: any Error, port: UInt16) -> PreviewError {
        if case SocketError.failed(let type, let code, let message) = error {
            if type == "Bind" && code == EADDRINUSE { return .portInUse(port) }
            if type == "Bind" && code == EACCES { return .portNotPermitted(port) }
            return .cannotListen(port: port, reason: message)
        }
        return .cannotListen(port: port, reason: error.localizedDescription)
    }
}
