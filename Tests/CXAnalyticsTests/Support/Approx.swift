import Foundation

/// |a − b| ≤ tolerance·max(1, |b|): absolute near zero, relative for large values.
func close(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(b))
}

/// |a − b| ≤ tolerance·|b|, for values (tail probabilities) that are tiny but must be exact.
func relativelyClose(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool {
    abs(a - b) <= tolerance * abs(b)
}

/// Element-wise `close` for matrices of the same shape.
func close(_ a: [[Double]], _ b: [[Double]], _ tolerance: Double) -> Bool {
    guard a.count == b.count else { return false }
    return zip(a, b).allSatisfy { row, expected in
        row.count == expected.count && zip(row, expected).allSatisfy { close($0, $1, tolerance) }
    }
}
