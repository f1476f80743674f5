#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A 128-bit digest of bytes, for recognising unchanged inputs (the analysis cache).
///
/// Not cryptographic: it guards against accidental changes, not adversaries, and is
/// built for speed (four independent 64-bit lanes over 8-byte words, FNV-1a's prime
/// with an xor-shift so every input bit reaches every state bit, SplitMix64's
/// finaliser at the end), so hashing a 100 MB dataset costs tens of milliseconds.
public struct ContentDigest: Hashable, Sendable, CustomStringConvertible {
    public var high: UInt64
    public var low: UInt64

    /// The digest of `bytes`.
    public static func of(_ bytes: some Sequence<UInt8>) -> ContentDigest {
        var hasher = ContentHasher()
        hasher.update(Array(bytes))
        return hasher.finalize()
    }

    /// The digest of a whole file, read in 1 MiB blocks; nil when it cannot be read.
    public static func ofFile(atPath path: String) -> ContentDigest? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var hasher = ContentHasher()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 { if errno == EINTR { continue }; return nil }
            if count == 0 { break }
            buffer.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        }
        return hasher.finalize()
    }

    public var description: String {
        let hex = { (value: UInt64) in
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return hex(high) + hex(low)
    }
}

/// Streaming state behind `ContentDigest`: feed bytes in any split, get the same digest.
struct ContentHasher {
    private static let prime: UInt64 = 0x0000_0100_0000_01B3
    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (0xCBF2_9CE4_8422_2325, 0x9E37_79B9_7F4A_7C15,
                                                           0xBF58_476D_1CE4_E5B9, 0x94D0_49BB_1331_11EB)
    /// Bytes that did not yet fill a 32-byte block.
    private var pending: [UInt8] = []
    private var length: UInt64 = 0

    mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        length &+= UInt64(bytes.count)
        var offset = 0
        if !pending.isEmpty {
            let take = min(32 - pending.count, bytes.count)
            pending += bytes[0..<take]
            offset = take
            if pending.count < 32 { return }
            pending.withUnsafeBytes { absorb($0, blocks: 1) }
            pending.removeAll(keepingCapacity: true)
        }
        let blocks = (bytes.count - offset) / 32
        if blocks > 0 { absorb(UnsafeRawBufferPointer(rebasing: bytes[offset...]), blocks: blocks) }
        offset += blocks * 32
        if offset < bytes.count { pending += bytes[offset...] }
    }

    private mutating func absorb(_ bytes: UnsafeRawBufferPointer, blocks: Int) {
        var (a, b, c, d) = lanes
        for block in 0..<blocks {
            let base = block * 32
            a = Self.mix(a, bytes.loadUnaligned(fromByteOffset: base, as: UInt64.self))
            b = Self.mix(b, bytes.loadUnaligned(fromByteOffset: base + 8, as: UInt64.self))
            c = Self.mix(c, bytes.loadUnaligned(fromByteOffset: base + 16, as: UInt64.self))
            d = Self.mix(d, bytes.loadUnaligned(fromByteOffset: base + 24, as: UInt64.self))
        }
        lanes = (a, b, c, d)
    }

    @inline(__always)
    private static func mix(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        let state = (lane ^ UInt64(littleEndian: word)) &* prime
        return state ^ (state >> 29)
    }

    /// SplitMix64's finaliser: a bijection that spreads every bit.
    private static func avalanche(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    func finalize() -> ContentDigest {
        var copy = self
        // The tail, zero-padded to a block; the length below tells padded inputs apart.
        if !copy.pending.isEmpty {
            var block = copy.pending + [UInt8](repeating: 0, count: 32 - copy.pending.count)
            block.withUnsafeBytes { copy.absorb($0, blocks: 1) }
            block.removeAll()
        }
        let (a, b, c, d) = copy.lanes
        let high = Self.avalanche(Self.avalanche(a ^ length) &+ Self.avalanche(b))
        let low = Self.avalanche(Self.avalanche(c) &+ Self.avalanche(d ^ (length &* 0x9E37_79B9_7F4A_7C15)))
        return ContentDigest(high: high, low: low)
    }
}
