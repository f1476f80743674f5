#if canImport(Glibc)
import Glibc
#endif

extension Array {
    /// Asks Linux to back this array's reserved storage beyond its elements with 2 MiB pages
    /// (transparent huge pages, `madvise(MADV_HUGEPAGE)`), for a table by customer code that
    /// is about to be filled and then updated at random. A hint about how memory is backed
    /// when first touched: it never changes the data, and it does nothing where it does not
    /// apply (other systems, storage under 4 MiB, huge pages turned off with `never`).
    ///
    /// Why: on 4 KiB pages, filling the journey's table (17.7 MB on the 1M-row sample) and the
    /// CRM link's (11 MB) took 4,315 and 2,693 page faults, and their updates, one customer
    /// here and the next far away, range over more pages (4,300 for the journey) than a
    /// core's TLB maps. With the advice, the tables took 738 and 649 faults, and the full
    /// analysis of the 1M-row sample, run on one core, about 60 ms less CPU; on two cores
    /// the difference was within the host's noise (the README has the runs). Debian's
    /// default (`madvise`) gives huge pages only to memory advised so.
    ///
    /// Only whole, aligned 2 MiB pages inside the storage and past the elements already
    /// written are advised, so the head and tail of the storage stay on small pages, and at
    /// most one huge page past the last element is backed before it is used.
    mutating func adviseHugePages() {
        #if os(Linux)
        let stride = MemoryLayout<Element>.stride, hugePage = 2 << 20, reserved = capacity * stride
        guard reserved >= 2 * hugePage else { return }
        let (written, end) = withUnsafeMutableBufferPointer { buffer -> (Int, Int) in
            guard let base = buffer.baseAddress else { return (0, 0) }
            let address = Int(bitPattern: base)
            return (address + buffer.count * stride, address + reserved)
        }
        let first = (written + hugePage - 1) & ~(hugePage - 1), last = end & ~(hugePage - 1)
        guard last > first, let start = UnsafeMutableRawPointer(bitPattern: first) else { return }
        _ = madvise(start, last - first, MADV_HUGEPAGE)
        #endif
    }
}
