/// A bounded, deterministic set of example comments: the `capacity` most negative of the
/// negative comments and the `capacity` most positive of the positive ones, ordered by
/// compound score with ties broken by source line. Which comments are kept depends only on
/// the comments offered, never on their order or on how they were split into chunks.
///
/// Comments are redacted (`Redaction.redact`) when they enter the sample, so no unredacted
/// text is ever stored. A text appears once: repeated comments ("Great service!") would
/// otherwise fill every example slot with the same words.
public struct VerbatimSample: Hashable, Sendable, Codable {
    /// Examples kept on each side.
    public let capacity: Int
    /// Most negative first.
    public private(set) var negative: [Verbatim] = []
    /// Most positive first.
    public private(set) var positive: [Verbatim] = []
    /// The score and line of the last example on each side once that side is full (nil
    /// before), kept beside the lists so a comment that cannot enter is turned away without
    /// reading them: on the 1M-row sample, reading a list's count missed the cache on most
    /// offers (thousands of samples, one per cell and theme).
    private var negativeBound: Bound?
    private var positiveBound: Bound?

    private struct Bound: Hashable, Sendable, Codable {
        var compound: Double
        var line: Int

        init?(_ list: [Verbatim], capacity: Int) {
            guard list.count == capacity, let last = list.last else { return nil }
            (compound, line) = (last.compound, last.line)
        }

        /// Whether the last example precedes (and so keeps out) a comment with this score and line.
        func keepsOut(_ compound: Double, _ line: Int, by precedes: (Verbatim, Verbatim) -> Bool) -> Bool {
            precedes(Verbatim(text: "", compound: self.compound, line: self.line), Verbatim(text: "", compound: compound, line: line))
        }
    }

    public init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    /// A negative comment scoring above this cannot enter: the score of the last negative
    /// example once that side is full, +∞ before. A comment at exactly this score may still
    /// enter on its line, so callers that filter on the gate must let it through.
    var negativeGate: Double { negativeBound?.compound ?? .infinity }

    /// A positive comment scoring below this cannot enter (as `negativeGate`, mirrored).
    var positiveGate: Double { positiveBound?.compound ?? -.infinity }

    /// Offers a comment; it is redacted and kept if it is among the most negative (or most
    /// positive) so far. Neutral comments are never kept.
    public mutating func offer(_ text: String, compound: Double, line: Int) {
        offer(text, compound: compound, category: SentimentCategory(compound: compound), line: line)
    }

    /// `offer(_:compound:line:)` with the category of `compound` already worked out.
    @inline(__always)
    mutating func offer(_ text: String, compound: Double, category: SentimentCategory, line: Int) {
        switch category {
        case .negative:
            if let bound = negativeBound, bound.keepsOut(compound, line, by: Verbatim.moreNegative) { return }
            Self.offer(text, compound, line, to: &negative, capacity: capacity, by: Verbatim.moreNegative)
            negativeBound = Bound(negative, capacity: capacity)
        case .positive:
            if let bound = positiveBound, bound.keepsOut(compound, line, by: Verbatim.morePositive) { return }
            Self.offer(text, compound, line, to: &positive, capacity: capacity, by: Verbatim.morePositive)
            positiveBound = Bound(positive, capacity: capacity)
        case .neutral: break
        }
    }

    /// Adds the examples of another sample of the same capacity.
    public mutating func merge(_ other: VerbatimSample) {
        if !other.negative.isEmpty { negative = Self.merged(negative, other.negative, capacity: capacity, by: Verbatim.moreNegative) }
        if !other.positive.isEmpty { positive = Self.merged(positive, other.positive, capacity: capacity, by: Verbatim.morePositive) }
        negativeBound = Bound(negative, capacity: capacity)
        positiveBound = Bound(positive, capacity: capacity)
    }

    /// The first `capacity` examples of both lists in `precedes` order, each text once (at
    /// its best place). The lists hold a few examples, so a linear search beats a set.
    private static func merged(_ list: [Verbatim], _ other: [Verbatim], capacity: Int,
                               by precedes: (Verbatim, Verbatim) -> Bool) -> [Verbatim] {
        var result: [Verbatim] = []
        result.reserveCapacity(capacity)
        for verbatim in (list + other).sorted(by: precedes) where result.count < capacity {
            if !result.contains(where: { $0.text == verbatim.text }) { result.append(verbatim) }
        }
        return result
    }

    private static func offer(_ text: String, _ compound: Double, _ line: Int, to list: inout [Verbatim],
                              capacity: Int, by precedes: (Verbatim, Verbatim) -> Bool) {
        guard capacity > 0 else { return }
        // A full list's bound (`offer(_:compound:line:)`) has already turned away, on score and
        // line, every comment that cannot enter: only those that may enter are redacted.
        // A repeated comment is usually stored already. Its raw text equal to a stored
        // (redacted) text means there was nothing to redact in it, so it is that example
        // again: decided without redacting it a second time. The same text has the same
        // score, so only an example with this score is compared byte for byte (a list that
        // never fills, as for a theme few distinct comments mention, meets every repeat).
        let stored = list.firstIndex { $0.compound == compound && $0.text == text }
        let verbatim = Verbatim(text: stored == nil ? Redaction.redact(text) : text, compound: compound, line: line)
        if let existing = stored ?? list.firstIndex(where: { $0.text == verbatim.text }) {
            guard precedes(verbatim, list[existing]) else { return }
            list.remove(at: existing)
        }
        let position = list.firstIndex { precedes(verbatim, $0) } ?? list.count
        guard position < capacity else { return }
        list.insert(verbatim, at: position)
        if list.count > capacity { list.removeLast() }
    }
}
