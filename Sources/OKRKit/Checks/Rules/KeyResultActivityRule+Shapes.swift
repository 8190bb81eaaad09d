/// The shapes of a key result that name work, read with WordNet's classes (`Lexicon`): a verb of work no list
/// holds, a past participle that marks work done, a deliverable named as a noun, and meetings, calls, interviews,
/// posts or events held, booked or growing.
extension KeyResultActivityRule {
    /// "Containerize the legacy services", "Rolling out SSO": a verb that WordNet files under a kind of work
    /// (`ActivityVocabulary.workClasses`), in its base form or as a gerund before its object, that the reader
    /// does not read as moving a metric. A word used mostly as a noun ("plant", "book") is a verb only before its
    /// object.
    static func isWorkVerb(_ form: VerbForm, _ lead: ArraySlice<String>, objectFollows: Bool) -> Bool {
        guard let first = lead.first, !ActivityVocabulary.directionVerbs.contains(first),
            !ActivityVocabulary.lightVerbs.contains(first), !ActivityVocabulary.relocationVerbs.contains(word: first),
            let kind = form.entry.verb, ActivityVocabulary.workClasses.contains(kind)
        else { return false }
        // "Churn under 2% monthly": a level after the word makes it the metric's name.
        if let next = lead.dropFirst().first, ActivityVocabulary.levelOpeners.contains(next) { return false }
        switch form.inflection {
        // "Clean audit report": a verb that is also an adjective or mostly a noun is a command only before its object.
        case .base: return objectFollows || !(form.entry.isMostlyNoun || form.entry.isAlsoAdjective)
        case .gerund: return objectFollows || lead.dropFirst().first.map(ActivityVocabulary.particles.contains) == true
        case .thirdPerson, .past: return false
        }
    }

    /// "Pricing page redesigned", "SOC 2 audit completed by June": a past participle of a verb of work after what it
    /// was done to marks work done; before a noun it describes the noun ("qualified leads", "engaged users").
    static func doneMarker(_ list: WordList, _ reading: Reading) -> String? {
        if let phrase = ActivityVocabulary.livePhrases.first(in: list) { return phrase }
        let words = list.words
        for (index, word) in words.enumerated() {
            // After its subject and before a preposition, a count or the end ("audit completed by June"); first, only
            // before its object ("Launched the portal", not "Published articles"). "By" with no deadline names who
            // did it ("research cited by 10 papers"): what others do is a result.
            let next = index + 1 < words.count ? words[index + 1] : nil
            let placed = index > 0
                ? next.map { (Vocabulary.stopwords.contains($0) || isCount($0)) && ($0 != "by" || reading.deadline != nil) } ?? true
                : next.map { ActivityVocabulary.objectOpeners.contains($0) || isCount($0) } ?? false
            if placed, ActivityVocabulary.doneMarkers.contains(word) || isPastOfWork(word) { return word }
        }
        return nil
    }

    /// Whether a word is the past or past participle of a verb of work (listed, or filed by WordNet under a kind of
    /// work), one the reader does not read as moving a metric ("reduced", "held").
    static func isPastOfWork(_ word: String) -> Bool {
        guard word.hasSuffix("ed") || Lexicon.isIrregularForm(word), !ActivityVocabulary.directionVerbs.contains(word)
        else { return false }
        let form = Lexicon.verb(word)
        // "Decommissioned", "refactored": a listed verb WordNet may lack.
        if word.hasSuffix("ed") || form?.inflection == .past, ActivityVocabulary.verbs.contains(word: word) { return true }
        guard let form, form.inflection == .past, let kind = form.entry.verb else { return false }
        return ActivityVocabulary.workClasses.contains(kind)
    }

    /// "Dashboard for weekly revenue in Looker", "A public status page for all regions": a sentence that opens by
    /// naming a thing WordNet files as an artifact or a communication, and states no measure but a count.
    static func deliverable(_ subject: KeyResultSubject) -> String? {
        let reading = subject.reading
        let words = subject.words
        // "New logos in the enterprise segment: 12" states a metric and its value.
        guard reading.baseline == nil, reading.bound == nil, reading.change == nil, reading.unit != "%",
            !subject.text.containsUTF8(UInt8(ascii: ":")),
            !isMoney(reading.unit), let start = words.afterFiller.first,
            !isCount(start), !words.words.contains(where: ActivityVocabulary.absences.contains)
        else { return nil }
        var end = words.afterFiller.startIndex + 1
        while end < words.words.count, words.joinedToNext[end - 1] || !endsNounRun(words.words[end]) { end += 1 }
        let head = words.words[end - 1]
        if ActivityVocabulary.newDeliverables.contains(stem: words.stems[end - 1]) { return head }
        guard let kind = Lexicon.noun(head)?.noun, ActivityVocabulary.deliverableClasses.contains(kind) else { return nil }
        return head
    }

    /// "Demos booked: 30 a month", "Meetings held per rep from 6 to 10": meetings, calls, interviews, posts or
    /// events counted as held or booked.
    static func effortDone(_ list: WordList, _ reading: Reading) -> String? {
        guard reading.condition == nil, reading.unit != "%", !list.words.contains(where: ActivityVocabulary.absences.contains)
        else { return nil }
        for index in list.words.indices.dropLast() where ActivityVocabulary.heldOrBooked.contains(stem: list.stems[index]) {
            let next = list.words[index + 1]
            if ActivityVocabulary.doneMarkers.contains(next) || isPastOfWork(next) { return list.words[index] }
        }
        return nil
    }

    /// "Grow weekly outbound calls from 100 to 250": the metric after the first word counts meetings, calls,
    /// interviews, posts or events, whichever way it should go.
    static func effortMetric(_ lead: ArraySlice<String>, _ list: WordList, _ reading: Reading) -> String? {
        guard reading.condition == nil, reading.unit != "%" else { return nil }
        // The metric's noun stands before its amount or the cue of one (plain comparisons: most sentences stop here).
        let words = list.words
        guard let cue = words[(lead.startIndex + 1)...].firstIndex(where: { isAmountCue($0) || $0.startsWithNumber }),
            cue > lead.startIndex + 1, ActivityVocabulary.heldOrBooked.contains(stem: list.stems[cue - 1])
        else { return nil }
        // "Attendance at our webinars" measures attendance; "demo-to-close" is one word.
        let metric = (lead.startIndex + 1)..<(cue - 1)
        guard !metric.contains(where: { Vocabulary.stopwords.contains(words[$0]) && !ActivityVocabulary.objectOpeners.contains(words[$0])
                && !(list.joinedToNext[$0] || list.joinedToNext[$0 - 1]) }),
            !words.contains(where: ActivityVocabulary.absences.contains),
            // "Published articles reaching 100k readers" counts readers.
            reading.unit.map({ Stemmer.stem($0.lowercased()) == list.stems[cue - 1] }) ?? true
        else { return nil }
        return words[cue - 1]
    }

    /// "Book $600k in new bookings": money right after the verb is a result, whatever the verb.
    static func objectIsMoney(_ lead: ArraySlice<String>, _ subject: KeyResultSubject) -> Bool {
        isMoney(subject.reading.unit) && lead.dropFirst().first.map(isCount) == true
    }

    /// "from", "to", "by": the words before a metric's amount, told by their bytes (no string comparison, as this
    /// runs on every key result).
    static func isAmountCue(_ word: String) -> Bool {
        let (t, o, b, y, f, r, m) = (UInt8(ascii: "t"), UInt8(ascii: "o"), UInt8(ascii: "b"), UInt8(ascii: "y"),
                                     UInt8(ascii: "f"), UInt8(ascii: "r"), UInt8(ascii: "m"))
        return word.utf8.withContiguousStorageIfAvailable { bytes in
            switch bytes.count {
            case 2: return (bytes[0] == t && bytes[1] == o) || (bytes[0] == b && bytes[1] == y)
            case 4: return bytes[0] == f && bytes[1] == r && bytes[2] == o && bytes[3] == m
            default: return false
            }
        } ?? ["from", "to", "by"].contains(word)
    }

    /// Whether a word ends the nouns of a phrase: a preposition, a determiner or a number.
    static func endsNounRun(_ word: String) -> Bool {
        Vocabulary.stopwords.contains(word) || isCount(word)
    }

    static func isMoney(_ unit: String?) -> Bool {
        guard let unit else { return false }
        return Units.currencySymbols.contains(unit) || Units.currencyWords[unit.lowercased()] != nil
    }
}
