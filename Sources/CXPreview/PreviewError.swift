import CXData

/// Why the preview server could not start, worded for the terminal.
public enum PreviewError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Another program (often another `cxreport serve`) listens on the port.
    case portInUse(UInt16)
    /// Ports below 1024 need privileges on most systems.
    case portNotPermitted(UInt16)
    /// Any other failure to open the listening socket.
    case cannotListen(port: UInt16, reason: String)

    /// The message and a hint, compiler-style.
    public var diagnostic: Diagnostic {
        switch self {
        case .portInUse(let port):
            return Diagnostic(.error, at: nil, "port \(port) is already in use",
                              hint: "try --port \(port == UInt16.max ? port - 1 : port + 1), or stop the other server")
        case .portNotPermitted(let port):
            return Diagnostic(.error, at: nil, "not permitted to listen on port \(port)",
                              hint: "use a port from 1024 up, e.g. --port 4000")
        case .cannotListen(let port, let reason):
            return Diagnostic(.error, at: nil, "cannot listen on 127.0.0.1:\(port): \(reason)",
                              hint: "try another --port")
        }
    }

    public var description: String { diagnostic.description }
}
