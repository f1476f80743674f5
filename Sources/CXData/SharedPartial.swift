/// A partial result of a chunked fold whose copies share state: a table that every
/// chunk updates under a lock instead of each keeping its own (the journey's customer
/// table). The copies a fold hands to its chunks all write to it, so when the fold gives
/// the chunks up and reads the file again in one pass (`ChunkedFold`), it must start
/// from fresh state, not from what the chunks left.
public protocol SharedPartial {
    /// An empty partial like this one, with state of its own.
    func startingOver() -> Self
}
