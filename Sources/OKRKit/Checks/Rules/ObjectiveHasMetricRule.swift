/// An objective that states a number: the number belongs in a key result, the objective should inspire.
public struct ObjectiveHasMetricRule: ObjectiveRule {
    /// The rule; it has no settings.
    public init() {}

    public static let description = RuleDescription(
        id: "objective-has-metric", name: "Objective states a metric", category: .specific, severity: .warning,
        values: ["text", "quantity"],
        triggeringExamples: [
            .objective("Grow revenue by 30% this year", keyResults: ["Raise MRR from $80k to $104k by end of Q4"]),
            .objective("Reach 1 million monthly readers", keyResults: ["Grow organic visits from 400k to 1M"]),
            .objective("Double the size of our partner channel", keyResults: ["Sign 12 new resellers by Q2"]),
            .objective("Cut cloud spend to $40k a month", keyResults: ["Lower compute cost from $55k to $40k"]),
            .objective("Make support 2x faster for enterprise accounts", keyResults: ["Halve first reply time"]),
            .objective("Grow partner revenue fivefold", keyResults: ["Raise partner ARR from $2M to $6M"]),
            .objective("Build a million-dollar self-serve business", keyResults: ["Grow self-serve MRR from $20k to $85k"]),
        ],
        nonTriggeringExamples: [
            .objective("Make onboarding effortless for new teams", keyResults: ["Raise activation from 40% to 55%"]),
            .objective("Be the most trusted payroll tool in 2027", keyResults: ["Raise NPS from 31 to 45"]),
            .objective("Win the mid-market by Q3", keyResults: ["Close 40 deals above $20k ARR"]),
            .objective("Become the #1 choice for freelance designers", keyResults: ["Grow signups from 2k to 5k"]),
        ]
    )

    public func check(_ subject: ObjectiveSubject) -> RuleOutcome {
        let quantities = KeyResultReader.quantities(in: subject.text)
        let namesRank = quantities.contains(where: Self.isRank) && Self.namesRank(subject.text)
        let measures = quantities.filter { $0.isMeasure && !(namesRank && Self.isRank($0)) }
        guard let first = measures.first else { return .pass }
        // An objective longer than the reader reads is no sentence to rewrite.
        let rewrite = ReadingLimit.isExceeded(by: subject.text) ? nil : Self.withoutAmounts(subject.text, measures)
        return .violation(values: ["text": subject.text, "quantity": first.text], rewrite: rewrite)
    }

    /// The objective with its amounts and the small words that carried them taken out:
    /// "Increase customer satisfaction by 20% this quarter" becomes "Increase customer satisfaction this quarter".
    /// What a count counts stays, said without the number: "Reach 500 paying teams" becomes "Reach more paying
    /// teams", "Grow to 500 paying teams" becomes "Grow paying teams". `nil` when the amount is the verb or too
    /// little would be left.
    private static func withoutAmounts(_ text: String, _ amounts: [Quantity]) -> String? {
        let words = Self.spaceSeparated(text)
        // The sentence is rebuilt left to right, as the amounts come: `kept` holds it up to `next`, the first word
        // not yet taken, so each word is copied once however many amounts there are.
        var kept: [String] = []
        var next = 0
        for amount in amounts {
            var parts = Self.spaceSeparated(amount.text)
            let counted = amount.kind == .count ? amount.unit.map(Self.spaceSeparated) ?? [] : []
            let keepsNoun = !counted.isEmpty && parts.count > counted.count && parts.suffix(counted.count).elementsEqual(counted)
            if keepsNoun { parts.removeLast(counted.count) }
            guard !parts.isEmpty, let start = (next..<words.count).first(where: { index in
                index + parts.count <= words.count
                    && zip(words[index..<(index + parts.count)], parts).allSatisfy { $0.hasPrefix($1) }
            }) else { continue }
            // "Double our user base": the amount is the verb, and nothing sensible is left without it.
            if kept.isEmpty && start == 0 { return nil }
            kept.append(contentsOf: words[next..<start])
            let at = kept.count
            var from = at
            while from > 1, Self.carriers.contains(kept[from - 1].lowercased()) { from -= 1 }
            // A number of things right after the verb ("Reach 500 paying teams") needs a word in its place.
            let saysMore = from == 1 && at == 1 && start + parts.count < words.count
                && (amount.kind == .count || amount.kind == .number)
            kept.removeSubrange(from...)
            if saysMore { kept.append("more") }
            next = start + parts.count
        }
        kept.append(contentsOf: words[next...])
        return kept.count >= 2 ? kept.joined(separator: " ") : nil
    }

    /// Small words that carry an amount: "by 20%", "to $40k", "at least 3".
    private static let carriers: WordSet = [
        "by", "to", "of", "at", "than", "over", "under", "above", "below", "the", "a", "an", "from", "between", "and",
        "about", "around", "nearly", "almost", "least",
    ]

    /// The pieces of a text between whitespace; ASCII text is split by its bytes, anything else by characters.
    private static func spaceSeparated(_ text: String) -> [String] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(whereSeparator: \.isWhitespace).map(String.init) }
        return text.utf8.split(whereSeparator: { $0 == 32 || ($0 >= 9 && $0 <= 13) }).map { String(Substring($0)) }
    }

    /// Whether the part of the text that is read names a rank people aspire to: "#1", "number one".
    private static func namesRank(_ text: String) -> Bool {
        let lower = ReadingLimit.readable(text).lowercased()
        return lower.contains("#1") || lower.contains("number one") || lower.contains("no. 1") || lower.contains("no.1")
    }

    /// Whether an amount may be the 1 of a rank the text names, rather than a metric.
    private static func isRank(_ quantity: Quantity) -> Bool {
        quantity.value == 1 && (quantity.kind == .number || quantity.kind == .count)
    }
}
