import Dispatch

/// Maps a large collection in chunks on all cores, keeping the order; small collections are mapped in place.
///
/// Checking 10,000 key results is independent work per objective, so it spreads over the cores; a set of a few
/// objectives, as in the REPL, never pays for threads.
public enum ChunkedMap {
    /// Below this many elements the work runs on the calling thread.
    public static let threshold = 64
    /// At most this many chunks, so each is big enough to outweigh its scheduling.
    public static let maximumChunks = 16

    /// `transform` applied to consecutive chunks of `0..<count`, results in chunk order.
    public static func map<Part: Sendable>(_ count: Int, _ transform: @Sendable (Range<Int>) -> Part) -> [Part] {
        guard count >= threshold else { return [transform(0..<count)] }
        let chunks = min(maximumChunks, count / (threshold / 4))
        let size = (count + chunks - 1) / chunks
        let ranges = stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
        let results = UnsafeMutableBufferPointer<Part?>.allocate(capacity: ranges.count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        nonisolated(unsafe) let shared = results
        DispatchQueue.concurrentPerform(iterations: ranges.count) { index in
            // Each iteration writes only its own slot.
            shared[index] = transform(ranges[index])
        }
        return results.compactMap { $0 }
    }
}
