extension [UInt8] {
    /// Appends `count` spaces, a block at a time: appending a repeated element goes byte by byte, which was a
    /// visible part of writing a report of 10,000 key results.
    public mutating func appendSpaces(_ count: Int) {
        var remaining = count
        while remaining > 0 {
            let block = Swift.min(remaining, spaces.utf8CodeUnitCount)
            append(contentsOf: UnsafeBufferPointer(start: spaces.utf8Start, count: block))
            remaining -= block
        }
    }
}

/// The spaces `appendSpaces` copies from.
private let spaces: StaticString = "                                "
