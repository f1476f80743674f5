import Foundation

/// A category interner shared by the chunks of one load (and, if a caller wishes, by
/// several loads), so that codes are global: the same value has the same code in
/// every chunk, and statistics folded per chunk merge without remapping.
///
/// Chunks look values up in their own `ChunkCoder` first and come here, under the
/// lock, only the first time they meet a value.
public final class SharedInterner: @unchecked Sendable {
    private let lock = NSLock()
    private var interner = CategoryInterner()

    public init() {}

    /// The global code of `value`; nil when the bytes are not UTF-8.
    public func code(for value: UnsafeBufferPointer<UInt8>) -> Int32? {
        lock.lock()
        defer { lock.unlock() }
        return interner.code(for: value)
    }

    /// Every value in code order (code 0 first).
    public var values: [String] {
        lock.lock()
        defer { lock.unlock() }
        return interner.values
    }

    /// The text of one code.
    public func value(_ code: Int) -> String {
        lock.lock()
        defer { lock.unlock() }
        return interner.value(code)
    }

    /// Every value by code as of now, sharing the interner's storage: made once after a
    /// load, it names codes without the lock.
    public var snapshot: CategoryValues {
        lock.lock()
        defer { lock.unlock() }
        return interner.snapshot
    }

    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return interner.count
    }
}
