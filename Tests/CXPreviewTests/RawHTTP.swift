#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A minimal HTTP/1.1 client over a blocking socket, so tests send request targets
/// exactly as written (URL types would normalise `..` and percent-encoding away).
enum RawHTTP {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    enum Failure: Error { case connect(Int32), malformed(String) }

    /// Sends `GET target` to `host:port` and reads the whole response (bounded by `timeout`).
    static func get(_ target: String, port: UInt16, host: String = "127.0.0.1", timeout: Double = 10) throws -> Response {
        try send("GET", target, port: port, host: host, timeout: timeout)
    }

    /// Sends `method target` and reads until the server closes the connection or the
    /// body reaches its Content-Length. For HEAD, once the headers are in, it waits 0.3 s
    /// more for any bytes, so a body sent by mistake shows up in `body`.
    static func send(_ method: String, _ target: String, port: UInt16, host: String = "127.0.0.1", timeout: Double = 10) throws -> Response {
        let socket = try connect(host: host, port: port, timeout: timeout)
        defer { close(socket) }
        let request = "\(method) \(target) HTTP/1.1\r\nHost: \(host):\(port)\r\nConnection: close\r\n\r\n"
        #if canImport(Glibc)
        _ = request.withCString { Glibc.send(socket, $0, strlen($0), 0) }
        #else
        _ = request.withCString { Darwin.send(socket, $0, strlen($0), 0) }
        #endif
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            data.append(contentsOf: buffer[..<count])
            guard let response = try? parse(data) else { continue }
            if method == "HEAD" {
                var wait = timeval(tv_sec: 0, tv_usec: 300_000)
                setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
            } else if response.body.utf8.count >= contentLength(response) {
                return response
            }
        }
        return try parse(data)
    }

    /// Opens a TCP connection; throws `.connect(errno)` when it is refused or times out.
    static func connect(host: String, port: UInt16, timeout: Double) throws -> Int32 {
        #if canImport(Glibc)
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        var time = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, host, &address.sin_addr)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                #if canImport(Glibc)
                Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                #else
                Darwin.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                #endif
            }
        }
        guard result == 0 else {
            let code = errno
            close(socket)
            throw Failure.connect(code)
        }
        return socket
    }

    private static func contentLength(_ response: Response) -> Int {
        Int(response.headers["content-length"] ?? "") ?? Int.max
    }

    private static func parse(_ data: Data) throws -> Response {
        let text = String(decoding: data, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw Failure.malformed(text) }
        let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let statusParts = lines.first?.split(separator: " ") ?? []
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure.malformed(text) }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: String(text[split.upperBound...]))
    }
}
