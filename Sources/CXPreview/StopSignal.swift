#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// Ctrl-C (SIGINT) and SIGTERM as a request to stop, for `cxreport serve`: instead of
/// the process dying mid-build, the waiting thread returns and the server shuts down
/// in order (the build in progress finishes, so output/ is never left half swapped).
public enum StopSignal {
    /// Blocks until SIGINT or SIGTERM arrives; the default action is restored
    /// afterwards, so a second Ctrl-C during shutdown ends the process at once.
    public static func wait() {
        let signals = [SIGINT, SIGTERM]
        let received = DispatchSemaphore(value: 0)
        let queue = DispatchQueue(label: "cxreport.stop-signal")
        let sources = signals.map { number -> DispatchSourceSignal in
            // Dispatch sees the signal only while its default action (exit) is ignored.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { received.signal() }
            source.resume()
            return source
        }
        received.wait()
        for source in sources { source.cancel() }
        for number in signals { signal(number, SIG_DFL) }
    }
}
