/// The two measures of a key result that measures two things at once, found where "and" (or "&", "plus", "as well
/// as") joins them: "Increase sign-ups and retention by 10%" joins two metrics under one verb, "Grow ARR to $2M and
/// cut churn to 2%" two moves with their own numbers.
///
/// One thing is not split: a name that holds "and" ("profit and loss accuracy", "sales and marketing cost"), a range
/// ("between 40 and 50"), a population ("NPS among enterprise and mid-market accounts"), two times ("in Q3 and Q4",
/// "to 50 by June and 60 by September") or a guardrail ("and keep churn below 2%"). One pass over the words.
struct CompoundSplit {
    /// The first measure as written: "sign-ups", "ARR".
    var first: String
    /// The second: "retention", "churn".
    var second: String
    /// The two key results it could become: "“Increase sign-ups by 10%” and “Increase retention by 10%”"; `nil`
    /// when the sentence does not come apart cleanly.
    var suggestion: String?

    private init(first: String, second: String, suggestion: String?) {
        self.first = first
        self.second = second
        self.suggestion = suggestion
    }

    /// What starts the phrase before an "and": it decides whether the phrase can be a measure.
    private enum Opening {
        /// The verb or the start of the sentence: "Increase |sign-ups and …".
        case verb
        /// A word saying for whom or of what: "among |enterprise and …", "time to |detect and …".
        case qualifier
        /// An amount: "by 30% |and …".
        case amount
        /// Punctuation or an aside such as the deadline.
        case other
    }

    /// Finds the split in a key result; `nil` when it measures one thing.
    init?(_ text: String) {
        let analysis = SentenceAnalysis(text)
        let tokens = analysis.tokens
        let verb = VerbFinder(analysis: analysis).find()
        // The measures (not dates or service levels) counted up to each token, and the token each amount ends at.
        var measuresBefore = [Int](repeating: 0, count: tokens.count + 1)
        var amountEnd = [Int?](repeating: nil, count: tokens.count)
        for q in analysis.quantities where q.quantity.isMeasure && !analysis.isCondition(q) && !analysis.isAside(q.range.lowerBound) {
            measuresBefore[q.range.lowerBound + 1] += 1
            amountEnd[q.range.lowerBound] = q.range.upperBound
        }
        for i in tokens.indices { measuresBefore[i + 1] += measuresBefore[i] }
        let reader = Reader(analysis: analysis, measuresBefore: measuresBefore)

        var phraseStart = analysis.bodyStart
        var opening = Opening.verb
        var i = analysis.bodyStart
        while i < tokens.count {
            if let verb, verb.range.contains(i) {
                phraseStart = verb.range.upperBound
                opening = .verb
                i = verb.range.upperBound
                continue
            }
            if analysis.isAside(i) {
                (phraseStart, opening) = (i + 1, .other)
            } else if let width = reader.coordinatorWidth(at: i) {
                if let split = reader.split(
                    at: i, width: width, phrase: phraseStart..<i, opensWithVerb: opening == .verb, verb: verb) {
                    self = split
                    return
                }
                // "A and B and C": the next phrase continues the list.
                phraseStart = i + width
                i += width
                continue
            } else if let end = amountEnd[i] {
                (phraseStart, opening) = (end, .amount)
                i = end
                continue
            } else if reader.opensQualifier(at: i) {
                (phraseStart, opening) = (i + 1, .qualifier)
            } else if tokens[i].kind == .symbol, !Reader.phraseSymbols.contains(tokens[i].text) {
                (phraseStart, opening) = (i + 1, .other)
            }
            i += 1
        }
        return nil
    }

    /// The questions the search asks of one sentence's tokens.
    private struct Reader {
        let analysis: SentenceAnalysis
        let measuresBefore: [Int]
        var tokens: [Token] { analysis.tokens }

        /// Symbols inside a phrase: "sign-ups", "A/B", a list's comma.
        static let phraseSymbols: WordSet = ["-", "/", "'", ",", "’"]

        func word(_ i: Int) -> String? { i >= 0 && i < tokens.count && tokens[i].kind == .word ? tokens[i].text : nil }

        /// The number of tokens of the "and", "&", "plus" or "as well as" at `i`, if one is there.
        func coordinatorWidth(at i: Int) -> Int? {
            if tokens[i].isSymbol("&") { return 1 }
            guard let w = word(i) else { return nil }
            if w == "and" || w == "plus" { return 1 }
            if w == "as", word(i + 1) == "well", word(i + 2) == "as" { return 3 }
            return nil
        }

        /// Whether a phrase for whom, where or of what starts at `i`: "among", "in", or a "to" before a word rather
        /// than an amount ("time to detect and resolve").
        func opensQualifier(at i: Int) -> Bool {
            guard let w = word(i) else { return false }
            return CompoundVocabulary.qualifiers.contains(w) || (w == "to" && word(i + 1) != nil)
        }

        /// Whether the text between `range` states a measure (an amount that is not a date or a service level).
        func statesMeasure(_ range: Range<Int>) -> Bool { measuresBefore[range.upperBound] > measuresBefore[range.lowerBound] }

        /// Whether a word of the tokens names a measure.
        func namesMeasure(_ range: Range<Int>) -> Bool {
            range.contains { word($0).map(CompoundVocabulary.isMeasure) ?? false }
        }

        /// The split at the coordinator at `i`, if the words on both sides are two measures.
        func split(at i: Int, width: Int, phrase: Range<Int>, opensWithVerb: Bool, verb: FoundVerb?) -> CompoundSplit? {
            var j = i + width
            while let w = word(j), CompoundVocabulary.determiners.contains(w) { j += 1 }
            // A second amount ("between 40 and 50", "to 50 by June and 60 by September"), a time, a phrase for
            // whom, a guardrail ("and keep churn below 2%") or another "and": not a second measure.
            guard j < tokens.count, !analysis.isAside(j), let w = word(j), coordinatorWidth(at: j) == nil,
                !opensQualifier(at: j), w != "to", !CompoundVocabulary.times.contains(w),
                !tokens[j].classes.contains(.month), !Vocabulary.weekdays.contains(w), !Vocabulary.maintain.contains(w)
            else { return nil }
            let clauseEnd = (j..<tokens.count).first { coordinatorWidth(at: $0) != nil || analysis.isAside($0) } ?? tokens.count
            let nounEnd = (j..<clauseEnd).first { ends(phraseAt: $0, from: j) } ?? clauseEnd
            let body = analysis.bodyStart
            // "and win rate to 25%": a verb that is also a noun, before a metric's last word, is a metric.
            let opensWithOwnVerb = tokens[j].classes.contains(.verb)
                && !(Vocabulary.nounVerbs.contains(w) && Vocabulary.metricHeads.contains(word(j + 1) ?? ""))
            // Two moves: "Grow ARR to $2M and cut churn to 2%", "Grow revenue by 20% and reduce churn".
            if statesMeasure(body..<i), opensWithOwnVerb ? namesMeasure(j..<clauseEnd) || statesMeasure(j..<clauseEnd)
                : namesMeasure(j..<nounEnd) && statesMeasure(j..<clauseEnd)
            {
                var second = analysis.text(j..<clauseEnd)
                // "Cut emissions by 30% and waste by 50%": the second move borrows the verb.
                if !opensWithOwnVerb, let verb { second = analysis.text(verb.range) + " " + second }
                return clauses(analysis.text(body..<i), second)
            }
            // Two metrics under one verb: "Increase sign-ups and retention by 10%".
            guard opensWithVerb, !phrase.isEmpty, namesMeasure(phrase), namesMeasure(j..<nounEnd),
                let last = word(phrase.upperBound - 1), !(CompoundVocabulary.onePair[last]?.contains(w) ?? false)
            else { return nil }
            // "sales and marketing cost": a domain before a phrase of several words shares its last word.
            if phrase.count == 1, CompoundVocabulary.domains.contains(last), nounEnd - j > 1 { return nil }
            let first = analysis.text(phrase), second = analysis.text(j..<nounEnd)
            // Only a sentence with one list, of two, comes apart cleanly.
            let rest = nounEnd..<tokens.count
            guard !first.contains(","), !rest.contains(where: { coordinatorWidth(at: $0) != nil }) else {
                return CompoundSplit(first: first, second: second, suggestion: nil)
            }
            let before = analysis.text(body..<phrase.lowerBound), after = analysis.text(rest)
            let sentences = [first, second].map { [before, $0, after].filter { !$0.isEmpty }.joined(separator: " ") }
            return CompoundSplit(first: first, second: second, suggestion: "“\(sentences[0])” and “\(sentences[1])”")
        }

        /// Whether token `k` ends the noun phrase that starts at `start`: an amount, a qualifier, a cue, a symbol.
        /// A "to" before a word belongs to the name: "time to hire", "waste to landfill".
        private func ends(phraseAt k: Int, from start: Int) -> Bool {
            if tokens[k].kind == .number || (tokens[k].kind == .symbol && !Self.phraseSymbols.contains(tokens[k].text)) {
                return true
            }
            guard k > start, !(tokens[k].isWord("to") && word(k + 1) != nil) else { return false }
            return tokens[k].classes.contains(.cue) || opensQualifier(at: k) || measuresBefore[k + 1] > measuresBefore[k]
        }

        /// The split of two clauses, each named by the metric the reader finds in it.
        private func clauses(_ first: String, _ second: String) -> CompoundSplit {
            let first = first.hasSuffix(",") ? String(first.dropLast()) : first
            let names = [first, second].map { clause in
                KeyResultReader.read(clause).metric.flatMap { $0.isEmpty ? nil : $0 } ?? clause
            }
            let capitalized = second.prefix(1).uppercased() + second.dropFirst()
            return CompoundSplit(first: names[0], second: names[1], suggestion: "“\(first)” and “\(capitalized)”")
        }
    }
}
