/// A table from words to values for the vocabularies the reader and the rules ask about every word.
///
/// The standard library hashes strings with a seeded SipHash, which costs more than the rest of a lookup and made
/// hashing a sixth of checking a big set; vocabularies need no protection from crafted collisions, so this table
/// uses FNV-1a over the word's UTF-8 and open addressing. Prompt paths use it too.
public struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    // Inlinable, so other modules get code for their value type rather than a generic lookup ten times slower.
    @usableFromInline var slots: [String?]
    @usableFromInline var values: [Value?]
    @usableFromInline var mask: Int
    /// How many words the table holds.
    @usableFromInline private(set) var count = 0

    /// An empty table with room for `capacity` words before it grows.
    public init(capacity: Int = 4) {
        var size = 8
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: nil, count: size)
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
            var slot = Self.hash(word) & mask
            while let key = slots[slot] {
                if key == word { return values[slot] }
                slot = (slot + 1) & mask
            }
            return nil
        }
        set {
            guard let newValue else { return }
            if (count + 1) * 2 > slots.count { grow() }
            var slot = Self.hash(word) & mask
            while let key = slots[slot], key != word { slot = (slot + 1) & mask }
            if slots[slot] == nil { count += 1 }
            slots[slot] = word
            values[slot] = newValue
        }
    }

    /// The words, in no particular order.
    var keys: [String] { slots.compactMap { $0 } }

    /// The words and their values, in no particular order.
    var pairs: [(String, Value)] {
        zip(slots, values).compactMap { key, value in key.flatMap { key in value.map { (key, $0) } } }
    }

    @usableFromInline mutating func grow() {
        var larger = WordTable(capacity: slots.count)
        for slot in slots.indices {
            if let word = slots[slot], let value = values[slot] { larger[word] = value }
        }
        self = larger
    }

    @inlinable static func hash(_ word: String) -> Int {
        func fnv(_ bytes: some Sequence<UInt8>) -> Int {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return Int(truncatingIfNeeded: hash ^ (hash >> 32))
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
