/// A table from words to values for the vocabularies the reader and the rules ask about every word.
///
/// The standard library hashes strings with a seeded SipHash, which costs more than the rest of a lookup and made
/// hashing a sixth of checking a big set; vocabularies need no protection from crafted collisions, so this table
/// uses FNV-1a over the word's UTF-8 and open addressing. Prompt paths use it too.
public struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    // Inlinable, so other modules get code for their value type rather than a generic lookup ten times slower.
    /// Each slot's hash with its highest bit set, or 0 for an empty slot: a probe compares these plain numbers and
    /// compares strings only on a matching hash, so a miss costs no string comparison and no retain.
    @usableFromInline var hashes: [UInt64]
    /// Each slot's word ("" when empty).
    @usableFromInline var words: [String]
    @usableFromInline var values: [Value?]
    @usableFromInline var mask: Int
    /// How many words the table holds.
    @usableFromInline private(set) var count = 0

    /// An empty table with room for `capacity` words before it grows.
    public init(capacity: Int = 4) {
        var size = 8
        while size < capacity * 2 { size *= 2 }
        hashes = Array(repeating: 0, count: size)
        words = Array(repeating: "", count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
    }

    /// A table of the given words and values; a later duplicate replaces an earlier one.
    init(_ pairs: some Collection<(String, Value)>) {
        self.init(capacity: pairs.count)
        for (word, value) in pairs { self[word] = value }
    }

    /// The words and values of a dictionary.
    init(_ dictionary: [String: Value]) {
        self.init(dictionary.map { ($0.key, $0.value) })
    }

    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init(elements)
    }

    /// The value for a word, if it is in the table; setting `nil` is not supported (vocabularies only grow).
    @inlinable public subscript(word: String) -> Value? {
        get {
            let hash = Self.hash(word)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let stored = hashes[slot]
                if stored == 0 { return nil }
                if stored == hash, words[slot] == word { return values[slot] }
                slot = (slot + 1) & mask
            }
        }
        set {
            guard let newValue else { return }
            if (count + 1) * 2 > hashes.count { grow() }
            let hash = Self.hash(word)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while hashes[slot] != 0, hashes[slot] != hash || words[slot] != word { slot = (slot + 1) & mask }
            if hashes[slot] == 0 { count += 1 }
            hashes[slot] = hash
            words[slot] = word
            values[slot] = newValue
        }
    }

    /// The words, in no particular order.
    var keys: [String] { hashes.indices.filter { hashes[$0] != 0 }.map { words[$0] } }

    /// The words and their values, in no particular order.
    var pairs: [(String, Value)] {
        hashes.indices.compactMap { slot in hashes[slot] == 0 ? nil : values[slot].map { (words[slot], $0) } }
    }

    @usableFromInline mutating func grow() {
        var larger = WordTable(capacity: hashes.count)
        for (word, value) in pairs { larger[word] = value }
        self = larger
    }

    /// FNV-1a over the word's UTF-8, with the highest bit set so that no word hashes to the empty slot's 0 (the
    /// slot is told by the lowest bits).
    @inlinable static func hash(_ word: String) -> UInt64 {
        func fnv(_ bytes: some Sequence<UInt8>) -> UInt64 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return (hash ^ (hash >> 32)) | (1 << 63)
        }
        // Native and small strings lend their bytes directly; iterating the UTF-8 view costs several times more.
        return word.utf8.withContiguousStorageIfAvailable(fnv) ?? fnv(word.utf8)
    }
}

/// A set of words with `WordTable`'s cheap lookups: `WordSet(["by", "before"])`.
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    private var table = WordTable<Bool>()
    /// The words, in the order first added.
    private var words: [String] = []

    /// The given words.
    init(_ words: some Sequence<String>) {
        let words = Array(words)
        table = WordTable(capacity: words.count)
        for word in words where !contains(word) {
            table[word] = true
            self.words.append(word)
        }
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether the word is in the set.
    func contains(_ word: String) -> Bool { table[word] != nil }

    /// This set with the other words added.
    func union(_ other: some Sequence<String>) -> WordSet {
        var merged = self
        for word in other where !merged.contains(word) {
            merged.table[word] = true
            merged.words.append(word)
        }
        return merged
    }

    func makeIterator() -> IndexingIterator<[String]> { words.makeIterator() }
}
