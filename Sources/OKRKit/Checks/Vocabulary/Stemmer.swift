/// A light English stemmer: enough that "launching", "launched" and "launches" meet at "launch".
///
/// It strips common inflections only; it does not try to be Porter. Irregular forms people use in OKRs
/// ("built", "held", "written") are listed.
public enum Stemmer {
    /// The stem of one lower-cased word.
    public static func stem(_ word: String) -> String {
        if let irregular = irregular[word] { return irregular }
        let bytes = Array(word.utf8)
        guard bytes.count > 3,
            bytes.allSatisfy({ $0 >= 97 && $0 <= 122 }) || word.unicodeScalars.allSatisfy(\.properties.isAlphabetic)
        else { return word }
        for (suffix, replacement) in suffixes
        where bytes.count - suffix.count >= 3 && bytes.suffix(suffix.count).elementsEqual(suffix) {
            var base = Array(bytes.dropLast(suffix.count))
            base += replacement
            // "shipped" → "shipp" → "ship"; "fall" and "miss" keep their doubled letter.
            if base.count > 3, let last = base.last, last >= 97, last <= 122, base[base.count - 2] == last,
                !Array("lsz".utf8).contains(last)
            {
                base.removeLast()
            }
            return String(decoding: base, as: UTF8.self)
        }
        return word
    }

    /// Suffixes and their replacements, as UTF-8, longest first within a family.
    private static let suffixes: [([UInt8], [UInt8])] = [
        ("ations", "at"), ("ation", "at"), ("ies", "y"), ("ied", "y"), ("ing", ""), ("ness", ""), ("ers", ""),
        ("ed", ""), ("es", ""), ("er", ""), ("ly", ""), ("s", ""), ("e", ""),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    private static let irregular: [String: String] = [
        "built": "build", "held": "hold", "written": "writ", "wrote": "writ", "write": "writ", "writing": "writ",
        "writes": "writ", "ran": "run", "running": "run", "made": "mak", "kept": "keep", "sent": "send",
        "grew": "grow", "grown": "grow", "growth": "grow", "brought": "bring", "sold": "sell",
        "led": "lead", "won": "win", "began": "begin", "begun": "begin", "hires": "hir", "hire": "hir",
        "hired": "hir", "hiring": "hir", "users": "user", "business": "business", "analysis": "analys",
        "status": "status", "process": "process", "success": "success", "series": "series", "news": "news",
        "campus": "campus", "bonus": "bonus", "virus": "virus", "focus": "focus", "people": "person",
        "retention": "retain", "satisfaction": "satisfy", "satisfied": "satisfy", "reliable": "reliability",
        "reliably": "reliability",
    ]
}
