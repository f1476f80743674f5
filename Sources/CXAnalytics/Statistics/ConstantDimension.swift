/// Runs per-row work with a small dimension as a compile-time constant.
///
/// Why: the response cells' driver sums and the exact co-moments loop over k values and
/// their k(k + 1)/2 products for every row, with k read at run time; the loops' counters
/// and branches were about a third of that work on the 1M-row sample (`perf`). Called with
/// a literal k, the inlined body's loops unroll into straight-line code. Dimensions 1…8
/// (up to seven drivers and recommendation) get their own copy; larger ones run the body
/// with k as it is.
enum ConstantDimension {
    @inline(__always)
    static func dispatch<Result>(_ k: Int, _ body: (Int) -> Result) -> Result {
        switch k {
        case 1: body(1)
        case 2: body(2)
        case 3: body(3)
        case 4: body(4)
        case 5: body(5)
        case 6: body(6)
        case 7: body(7)
        case 8: body(8)
        default: body(k)
        }
    }
}
