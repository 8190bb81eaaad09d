/// Decides whether a rule's rewrite is right, by reading it back: a rewrite is offered only when it keeps what the
/// person meant and no longer triggers the finding it was offered for. The one place a rewrite becomes a finding's.
///
/// The candidate's placeholders are filled with values that move the way the reading does (`filled`), then the
/// filled sentence is read and checked again in place of the original.
enum RewriteProof {
    /// The date a `<date>` placeholder is filled with when a rewrite is read back.
    static let sampleDate = "March 31, 2027"

    /// The candidate rewrite of a key result when it is right, else `nil`.
    ///
    /// Right means: the original was read with confidence (`isReadable`, passed as `readable` when the caller
    /// knows it); an activity, or a sentence that measures nothing and names no way to move, is only completed (a
    /// deadline added), never given a metric or a direction it does not state; read back with its placeholders
    /// filled, the rewrite keeps the original's direction (a verb that points the same way), metric, unit, period
    /// and service level ("within 24 hours"); and neither `rule` nor any rule that did not fire on the original
    /// fires on it. `ids` are the rules' ids in order, looked up here when the caller does not pass them.
    static func keyResult(
        _ candidate: String, of subject: KeyResultSubject, offeredBy rule: any KeyResultRule,
        among rules: [any KeyResultRule], ids: [String]? = nil, fired: Set<String>, readable: Bool? = nil
    ) -> String? {
        guard readable ?? isReadable(subject.text), hasOnlyKnownPlaceholders(candidate) else { return nil }
        // A key result that measures two things is to be split first: a rewrite of both at once would keep that.
        guard !fired.contains(KeyResultCompoundRule.description.id) else { return nil }
        let original = subject.reading
        // "Launch a help center", "Make the checkout flow smoother": what should change, or which way, is not in
        // the sentence, so no rewrite may guess it.
        let measuresNothing = original.target == nil && original.baseline == nil && original.change == nil
        let pointsAWay = original.direction == .increase || original.direction == .decrease
        if subject.activity != nil || (measuresNothing && !pointsAWay),
            !candidate.hasPrefix(subject.text.trimmingSpacesAndTabs())
        {
            return nil
        }
        // A metric misread (not a name for a thing) is kept by no rewrite, whatever the rewrite reads as.
        if let metric = original.metric, !metric.isEmpty, !isNounPhrase(metric) { return nil }
        var keyResult = subject.keyResult
        keyResult.text = filled(candidate, reading: original, verbDirection: leadingVerbDirection(of: candidate))
        // The reading decides most refusals: the rest of the subject is gathered only for a rewrite that keeps it.
        let read = KeyResultSubject.read(keyResult)
        let reading = read.reading
        guard keepsDirection(original, reading), keepsMetric(original, reading), keepsUnit(original, reading),
            reading.per == original.per, reading.condition?.lowercased() == original.condition?.lowercased()
        else { return nil }
        let again = KeyResultSubject(read, objective: subject.objective, cycle: subject.cycle)
        let ids = ids ?? rules.map { type(of: $0).description.id }
        let settled = settles(
            rules.indices, offeredBy: type(of: rule).description.id, fired: fired, id: { ids[$0] },
            check: { rules[$0].check(again) })
        return settled ? candidate : nil
    }

    /// The candidate rewrite of an objective when it is right, else `nil`: the original was read with confidence
    /// (`readable`), the rewrite is a whole sentence, and neither `rule` nor any rule that did not fire on the
    /// original fires on it.
    static func objective(
        _ candidate: String, of subject: ObjectiveSubject, offeredBy rule: any ObjectiveRule,
        among rules: [any ObjectiveRule], fired: Set<String>, readable: Bool
    ) -> String? {
        guard readable, hasOnlyKnownPlaceholders(candidate) else { return nil }
        var objective = subject.objective
        objective.text = filled(candidate, reading: nil, verbDirection: nil)
        guard !SentenceLanguage.isFragment(objective.text) else { return nil }
        let again = ObjectiveSubject(objective)
        let settled = settles(
            rules, offeredBy: type(of: rule).description.id, fired: fired, id: { type(of: $0).description.id },
            check: { $0.check(again) })
        return settled ? candidate : nil
    }

    /// Whether the rules judge a rewritten subject as a right rewrite must be judged: the rule it was offered by
    /// does not fire, and no rule fires that did not fire on the original. `id` gives a rule's id, `check` its
    /// outcome on the rewrite; a rule that fired on the original, other than `offered`, may fire again, so it is
    /// not run. The offered rule runs first: it is the one most likely to fire again, which settles the answer.
    private static func settles<Rules: Collection>(
        _ rules: Rules, offeredBy offered: String, fired: Set<String>, id: (Rules.Element) -> String,
        check: (Rules.Element) -> RuleOutcome
    ) -> Bool {
        func fires(_ rule: Rules.Element) -> Bool {
            if case .violation = check(rule) { true } else { false }
        }
        if let first = rules.first(where: { id($0) == offered }), fires(first) { return false }
        return !rules.contains { rule in
            let id = id(rule)
            return id != offered && !fired.contains(id) && fires(rule)
        }
    }

    /// A rewrite with its placeholders filled by values that move the way the reading does (or, for a level to
    /// reach, the way the rewrite's verb points): `<today>` and `<target>` become 10 and 20 going up, 20 and 10
    /// going down; beside a stated target `<today>` is half of it going up, twice it going down. `<date>` becomes
    /// `sampleDate`.
    /// `verbDirection` is worked out only when the reading has no way of its own.
    static func filled(_ rewrite: String, reading: Reading?, verbDirection: @autoclosure () -> Direction?) -> String {
        // A sentence without a placeholder is its own filling.
        guard rewrite.containsUTF8(UInt8(ascii: "<")) else { return rewrite }
        let direction = reading?.direction == .increase || reading?.direction == .decrease ? reading?.direction : verbDirection()
        let down = direction == .decrease
        var today = down ? "20" : "10", target = down ? "10" : "20"
        if !rewrite.containsUTF8("<target>"), let stated = reading?.target, stated > 0 {
            today = PlainNumber.text(down ? stated * 2 : stated / 2)
            target = today
        }
        return replacingPlaceholders(in: rewrite) { placeholder in
            if placeholder.elementsEqual("<today>".utf8) { return today }
            if placeholder.elementsEqual("<target>".utf8) { return target }
            if placeholder.elementsEqual("<date>".utf8) { return sampleDate }
            return nil
        }
    }

    /// `text` with each `<…>` placeholder that `value` knows replaced, in one pass over its bytes.
    private static func replacingPlaceholders(in text: String, _ value: (ArraySlice<UInt8>) -> String?) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")),
                let value = value(bytes[index...close])
            {
                output += value.utf8
                index = close + 1
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether the reader reads a sentence with confidence: all of it is read (`ReadingLimit`), its words are
    /// English, and it does not stop mid-way. The engine works it out once per sentence, however many rewrites the
    /// sentence is offered.
    static func isReadable(_ text: String) -> Bool {
        let language = SentenceLanguage.judge(text)
        return isReadable(text, isEnglish: language.isEnglish, isFragment: language.isFragment)
    }

    /// `isReadable` from what `SentenceLanguage` already judged of the text.
    static func isReadable(_ text: String, isEnglish: Bool, isFragment: Bool) -> Bool {
        !ReadingLimit.isExceeded(by: text) && isEnglish && !isFragment
    }

    /// Whether every `<…>` in a rewrite is one the person can fill in: `<today>`, `<target>` or `<date>`.
    private static func hasOnlyKnownPlaceholders(_ text: String) -> Bool {
        // ASCII text by its bytes (read in place when the string lends them); anything else by characters, where
        // "<" with a mark on it is no bracket.
        func byBytes(_ bytes: some Collection<UInt8>) -> Bool? {
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return allBracketed(bytes, open: UInt8(ascii: "<"), close: UInt8(ascii: ">")) { placeholder in
                knownPlaceholders.contains { $0.utf8.elementsEqual(placeholder) }
            }
        }
        if let known = text.utf8.withContiguousStorageIfAvailable(byBytes) ?? byBytes(text.utf8) { return known }
        return allBracketed(text, open: "<", close: ">") { knownPlaceholders.contains(String($0)) }
    }

    /// The placeholders a person can fill in.
    private static let knownPlaceholders = ["<today>", "<target>", "<date>"]

    /// Whether every `open` in `text` is closed, and `isKnown` accepts each bracketed part (brackets included).
    private static func allBracketed<Text: Collection>(
        _ text: Text, open: Text.Element, close: Text.Element, _ isKnown: (Text.SubSequence) -> Bool
    ) -> Bool where Text.Element: Equatable {
        var rest = text[...]
        while let start = rest.firstIndex(of: open) {
            guard let end = rest[start...].firstIndex(of: close), isKnown(rest[start...end]) else { return false }
            rest = rest[rest.index(after: end)...]
        }
        return true
    }

    /// The way the first word of a sentence points, when it is a verb that moves a metric: "Reduce" down.
    private static func leadingVerbDirection(of text: String) -> Direction? {
        guard let first = firstWord(of: text) else { return nil }
        if KeyResultRewrite.points(first, .increase) { return .increase }
        if KeyResultRewrite.points(first, .decrease) { return .decrease }
        return nil
    }

    /// The first run of characters between spaces: by bytes for ASCII text, else by characters (a space with a mark
    /// on it is no space).
    private static func firstWord(of text: String) -> String? {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ").first.map(String.init) }
        let word = text.utf8.drop { $0 == UInt8(ascii: " ") }.prefix { $0 != UInt8(ascii: " ") }
        return word.isEmpty ? nil : String(decoding: word, as: UTF8.self)
    }

    /// A rewrite moves the metric the original's way, with a verb that does not point the other way; a level to
    /// reach may become a move either way, never a level to hold.
    private static func keepsDirection(_ original: Reading, _ again: Reading) -> Bool {
        switch original.direction {
        case .increase, .decrease, .maintain:
            guard again.direction == original.direction else { return false }
        case .achieve, .none:
            guard again.direction != .maintain else { return false }
        }
        guard let verb = again.verb, let direction = again.direction else { return true }
        if direction == .increase { return !KeyResultRewrite.points(verb, .decrease) }
        if direction == .decrease { return !KeyResultRewrite.points(verb, .increase) }
        return true
    }

    /// The rewrite measures the same metric: the same words, ignoring case, function words and inflection. The
    /// caller has made sure the original's metric is a name for a thing (`isNounPhrase`) before reading the rewrite.
    private static func keepsMetric(_ original: Reading, _ again: Reading) -> Bool {
        guard let metric = original.metric, !metric.isEmpty else { return true }
        guard let other = again.metric else { return false }
        // The same words in another case (the usual rewrite) normalise alike, without splitting or stemming them.
        return equalIgnoringASCIICase(metric, other) || normalised(metric) == normalised(other)
    }

    /// Whether a metric as read is a name for a thing to measure, not a misreading: it neither starts nor ends on
    /// a function word ("about pricing"), is not a lone verb ("Switch" in "Switch 30% of customers to annual
    /// plans"), and has no article inside ("checkout the fastest in retail" is a clause).
    private static func isNounPhrase(_ metric: String) -> Bool {
        let words = metric.lowercasedPieces { $0 == UInt8(ascii: " ") }
        guard let first = words.first, !isFunctionWord(first), !SentenceLanguage.endsUnfinished(metric) else { return false }
        if words.count == 1, metric != metric.uppercased(),
            Vocabulary.verbs.contains(first) || ActivityVocabulary.verbs.contains(word: first)
                || ActivityVocabulary.relocationVerbs.contains(word: first)
        {
            return false
        }
        return !words.dropFirst().contains { $0 == "the" || $0 == "a" || $0 == "an" }
    }

    /// The rewrite states its values in the original's unit, or names the counted thing in the metric instead
    /// ("Grow customer testimonials from 5 to 30"). A change's unit ("by 20%") is not the values'.
    private static func keepsUnit(_ original: Reading, _ again: Reading) -> Bool {
        guard let unit = original.unit, original.baseline != nil || original.target != nil else { return true }
        if again.unit == unit { return true }
        return again.unit == nil && (again.metric?.lowercased().hasSuffix(unit.lowercased()) ?? false)
    }

    /// A metric phrase compared by its words' stems, without function words: "Time to first value" and "time to
    /// first value" are one metric.
    private static func normalised(_ metric: String) -> [String] {
        let words = WordList(metric)
        return zip(words.words, words.stems).filter { !StopWords.all.contains($0.0) }.map(\.1)
    }

    /// Whether two texts have the same bytes but for the case of ASCII letters.
    private static func equalIgnoringASCIICase(_ a: String, _ b: String) -> Bool {
        a.utf8.elementsEqual(b.utf8) { x, y in
            x == y || (x | 0x20 == y | 0x20 && x | 0x20 >= UInt8(ascii: "a") && x | 0x20 <= UInt8(ascii: "z"))
        }
    }

    /// Whether a word is a preposition or article that cannot open a metric.
    private static func isFunctionWord(_ word: String) -> Bool {
        ["about", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or"].contains(word.lowercased())
    }
}
