/// A light English stemmer: enough that "launching", "launched" and "launches" meet at "launch".
///
/// It strips common inflections only; it does not try to be Porter. Irregular forms people use in OKRs
/// ("built", "held", "written") are listed.
public enum Stemmer {
    /// The stem of one lower-cased word.
    public static func stem(_ word: String) -> String {
        if let irregular = irregular[word] { return irregular }
        guard word.utf8.count > 3, word.unicodeScalars.allSatisfy(\.properties.isAlphabetic) else { return word }
        for (suffix, replacement) in suffixes where word.hasSuffix(suffix) {
            let base = String(word.dropLast(suffix.count))
            guard base.count >= 3 else { continue }
            return undouble(base + replacement)
        }
        return word
    }

    private static func undouble(_ base: String) -> String {
        guard base.count > 3, let last = base.last, let previous = base.dropLast().last, last == previous,
            !"lsz".contains(last)
        else { return base }
        return String(base.dropLast())
    }

    private static let suffixes: [(String, String)] = [
        ("ations", "at"), ("ation", "at"), ("ies", "y"), ("ied", "y"), ("ing", ""), ("ness", ""), ("ers", ""),
        ("ed", ""), ("es", ""), ("er", ""), ("ly", ""), ("s", ""), ("e", ""),
    ]

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
