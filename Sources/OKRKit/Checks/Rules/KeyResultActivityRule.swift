/// A key result that names work to do ("Hold 12 interviews", "Launch the portal") rather than a result to reach.
public struct KeyResultActivityRule: KeyResultRule {
    /// The rule; it has no settings.
    public init() {}

    public static let description = RuleDescription(
        id: "kr-activity", name: "Key result is an activity", category: .relevant, severity: .warning,
        values: ["text", "activity", "objective"],
        triggeringExamples: [
            .keyResult("Launch a referral program by Q3"),
            .keyResult("Hold 12 customer interviews with churned accounts"),
            // The counted noun ends at any word that ends a count's noun (the reader's list), "about" included.
            .keyResult("12 customer interviews about pricing by end of Q3"),
            .keyResult("Make 40 donor thank-you calls each week"),
            .keyResult("Write 10 articles for the engineering blog"),
            .keyResult("Read 6 books on negotiation this year"),
            .keyResult("Replace the legacy VPN with zero-trust access"),
            .keyResult("Localize the checkout into German and French"),
            .keyResult("Go to the gym 3 times a week"),
            .keyResult("Switch the company car fleet to electric vans"),
            .keyResult("Refurbish the kitchen on the third floor"),
            .keyResult("Order 40 new standing desks"),
            .keyResult("Apply to 8 graduate programmes"),
            .keyResult("Decommission the Jenkins server"),
            .keyResult("Plant 2,000 native trees along the river"),
            .keyResult("Survey every tenant on service charges"),
            .keyResult("Hire 4 senior backend engineers by June"),
            .keyResult("Make 50 sales calls per week"),
            .keyResult("Complete GDPR training for all support staff"),
            .keyResult("Publish the public API documentation"),
            .keyResult("Run 3 paid campaigns on LinkedIn"),
            .keyResult("New pricing page shipped by end of Q2"),
            .keyResult("Set up a weekly churn review with the CS leads"),
            .keyResult("Increase the number of customer webinars from 2 to 6"),
            .keyResult("Discovery calls: 40 per month"),
            .keyResult("Every support agent completes de-escalation training by end of Q2"),
            .keyResult("Ensure 100% of managers attend the feedback workshop"),
            .keyResult("Have all job descriptions updated by March"),
            .keyResult("Shift 90% of build jobs onto the new CI runners by Q3"),
            .keyResult("Onboard 5 new logistics partners in LATAM"),
            // Verbs of work no list holds, found by their WordNet class (contact, creation, communication).
            .keyResult("Containerize the remaining 6 legacy services"),
            .keyResult("Weld new safety rails on the mezzanine"),
            .keyResult("Phone every lapsed customer from the last two years"),
            // Past participles that mark work done, and deliverables named by a noun.
            .keyResult("Pricing page redesigned"),
            .keyResult("SOC 2 audit completed"),
            .keyResult("Legacy Jenkins server decommissioned by June"),
            .keyResult("A new onboarding flow live in production"),
            .keyResult("Dashboard for weekly revenue in Looker"),
            // Meetings, calls, interviews, posts and events held or booked are activities, even as a growing metric.
            .keyResult("Book 40 discovery meetings"),
            .keyResult("Demos booked: 30 a month"),
            .keyResult("12 webinars held by December"),
            .keyResult("Grow weekly outbound calls from 100 to 250"),
        ],
        nonTriggeringExamples: [
            .keyResult("Reduce logo churn from 3.1% to 2%"),
            .keyResult("Increase NPS from 32 to 45 by end of Q4"),
            .keyResult("Resolve support tickets within 24 hours, 90% of the time"),
            .keyResult("Grow newsletter subscribers to 10,000"),
            .keyResult("Raise webinar-to-trial conversion from 4% to 7%"),
            .keyResult("Reduce the number of weekly meetings from 14 to 8"),
            .keyResult("Sign 12 new enterprise customers"),
            .keyResult("Ship 95% of orders within 24 hours"),
            .keyResult("Test coverage from 60% to 80% on the billing service"),
            .keyResult("Post-purchase NPS from 30 to 45"),
            .keyResult("Newsletter subscribers: 5,000 to 12,000"),
            .keyResult("All new workspaces complete setup within 3 days, up from 40% to 70%"),
            .keyResult("Move trial conversion from 8% to 12%"),
            .keyResult("Onboard 400 new paying customers by Q2"),
            .keyResult("Go from 3 to 8 enterprise customers in the DACH region"),
            .keyResult("Track rate of failed payments from 4% down to 2%"),
            .keyResult("Switch 30% of monthly customers to annual plans"),
            .keyResult("Move our NPS from 30 to 45"),
            .keyResult("Orders shipped on time from 91% to 97%"),
            .keyResult("Purchases per customer from 1.4 to 1.8 a year"),
            .keyResult("Plant uptime from 92% to 96%"),
            .keyResult("Survey response rate from 20% to 35%"),
            .keyResult("Stock availability of 98% by end of Q3"),
            .keyResult("Shipment damage rate from 1.8% to 0.5%"),
            .keyResult("Translation turnaround time from 10 days to 4 days"),
            .keyResult("Audit findings per site from 9 to 3"),
            .keyResult("Hiring manager satisfaction from 3.6 to 4.4 by end of Q3"),
            // What others grant is a result.
            .keyResult("Secure 15 press mentions"),
            .keyResult("Sign partnerships with 10 schools"),
            .keyResult("Land 5 new logos in the healthcare vertical"),
            .keyResult("Be invited to speak at 2 national conferences"),
            .keyResult("Book $600k in new bookings in EMEA"),
            // Levels and rates, and words of work that name a metric or describe a noun.
            .keyResult("Deliver 98% of orders on time"),
            .keyResult("Keep churn below 2%"),
            .keyResult("Churn under 2% monthly"),
            .keyResult("Call abandonment rate below 5%"),
            .keyResult("Calls answered within 20 seconds: 85%"),
            .keyResult("Published articles reaching 100k readers a month"),
            .keyResult("Conversion held at 3% while prices rise 10%"),
            .keyResult("Bring regretted attrition below 8%"),
            .keyResult("Make our checkout the fastest in retail"),
            .keyResult("Clean audit report with no material findings"),
            .keyResult("Published research cited by 10 papers"),
            .keyResult("Zero never events in 2027"),
        ]
    )

    public func check(_ subject: KeyResultSubject) -> RuleOutcome {
        guard let activity = subject.activity else { return .pass }
        return .violation(values: ["text": subject.text, "activity": activity, "objective": subject.objective.text])
    }

    /// The word that makes a key result an activity, or `nil` for an outcome (a level to hold is not an activity).
    static func activity(in subject: KeyResultSubject) -> String? {
        let lead = subject.words.afterFiller
        guard let stem = subject.words.leadingStem else { return nil }
        if let work = workByObject(stem: stem, lead: lead, list: subject.words) { return work }
        // "Close-process checklist written": a first word joined to the next is part of a noun, not a verb.
        let firstIsOutcome = !subject.words.joinedToNext[lead.startIndex]
            && (ActivityVocabulary.outcomeVerbs.contains(stem: stem) || ActivityVocabulary.grantVerbs.contains(stem: stem))
        if !firstIsOutcome, let work = workDone(lead, stem: stem, subject) { return work }
        if subject.reading.direction == .decrease || StemSet.decreaseVerbs.contains(stem: stem) { return nil }
        if !firstIsOutcome, let noun = effortBeforeCount(subject.words) ?? effortDone(subject.words, subject.reading) {
            return noun
        }
        if let verb = teamDoes(lead, subject.words) { return verb }
        guard let effort = effortMetric(lead, subject.words, subject.reading) ?? countedEffort(in: subject.words) else { return nil }
        return ActivityVocabulary.grantVerbs.contains(stem: stem) ? nil : effort
    }

    /// In a sentence that does not open with a verb of outcome: the verb of work it opens with, the work it marks
    /// done, or the deliverable it names.
    private static func workDone(_ lead: ArraySlice<String>, stem: String, _ subject: KeyResultSubject) -> String? {
        guard let first = lead.first else { return nil }
        let form = Lexicon.verb(first)
        if !leadsWithNoun(subject.words), let work = leadingWork(lead, form, stem: stem, subject) { return work }
        let reading = subject.reading
        if reading.baseline == nil, reading.unit != "%", reading.condition == nil, let done = doneMarker(subject.words, reading) {
            return done
        }
        // "Dashboard for weekly revenue", not "Launch dashboard": a verb first names no thing.
        if let form, form.inflection == .base, !form.entry.isMostlyNoun { return nil }
        return deliverable(subject)
    }

    /// The verb of work a key result opens with, if it opens with one: "Launch the portal", "Weld new rails".
    private static func leadingWork(_ lead: ArraySlice<String>, _ form: VerbForm?, stem: String, _ subject: KeyResultSubject)
        -> String?
    {
        guard let first = lead.first else { return nil }
        // "Audit findings per site from 9 to 3", "Hiring manager satisfaction from 3.6 to 4.4": before a metric
        // that moves from a baseline, a word of work names the metric, unless its object follows.
        let objectFollows = lead.dropFirst().first.map { ActivityVocabulary.objectOpeners.contains($0) || isCount($0) } ?? false
        let namesMovingMetric = subject.reading.baseline != nil && subject.reading.target != nil && !objectFollows
        // "Calls answered within 20 seconds", "Trained staff retained": a plural noun or a participle, not a command.
        let isCommand = form.map { $0.inflection == .base || $0.inflection == .gerund } ?? true
        let isVerb = isCommand && !isNounOfWork(first) && !namesMovingMetric
        if isVerb, ActivityVocabulary.verbs.contains(stem: stem) || ActivityVocabulary.baseFormVerbs.contains(first),
            !isServiceLevel(lead, subject)
        {
            return first
        }
        if isVerb, ActivityVocabulary.verbsBeforeObject.contains(stem: stem), subject.reading.baseline == nil, objectFollows,
            !objectIsMoney(lead, subject)
        {
            return first
        }
        if isVerb, let form, subject.reading.unit != "%", isWorkVerb(form, lead, objectFollows: objectFollows),
            !objectIsMoney(lead, subject)
        {
            return first
        }
        return ActivityVocabulary.phrases.leading(lead)
    }

    /// "Move 80% of workloads to the new platform", "Onboard 3 new suppliers": verbs that name work by what they act on.
    private static func workByObject(stem: String, lead: ArraySlice<String>, list: WordList) -> String? {
        guard let first = lead.first else { return nil }
        let rest = list.words.indices.dropFirst(lead.startIndex + 1)
        // A place after "to": "to the new platform", or, when a named thing is moved ("switch the fleet"), any
        // words but a level ("to electric vans", not "to 45").
        let movesAThing = rest.first.map { ActivityVocabulary.placeOpeners.contains(list.words[$0]) } ?? false
        if ActivityVocabulary.relocationVerbs.contains(stem: stem), rest.contains(where: { index in
            ["to", "onto", "into"].contains(list.words[index]) && index + 1 < list.words.count
                && (ActivityVocabulary.placeOpeners.contains(list.words[index + 1]) || (movesAThing && !isCount(list.words[index + 1])))
                // "into the 50s" is a level.
                && !(index + 2 < list.words.count && isCount(list.words[index + 2]))
        }) {
            return first
        }
        if ActivityVocabulary.partnerVerbs.contains(stem: stem),
            rest.prefix(4).contains(where: { ActivityVocabulary.partners.contains(stem: list.stems[$0]) })
        {
            return first
        }
        return nil
    }

    /// "Shipment damage rate", "Translation turnaround time": a noun made from a verb of work ("shipment" from
    /// "ship", "inspection" from "inspect") names a thing, not work to do; "decommission" and "implement" are verbs.
    private static func isNounOfWork(_ word: String) -> Bool {
        for suffix in ["ments", "ment", "ations", "ation", "ions", "ion"] where word.hasSuffix(suffix) {
            let base = String(word.dropLast(suffix.count))
            return [base, base + "e", base + "ate"].contains(where: ActivityVocabulary.verbs.lists)
        }
        return false
    }

    /// "Post-purchase NPS", "Test coverage from 60% to 80%": the first word names a thing, not work to do.
    private static func leadsWithNoun(_ words: WordList) -> Bool {
        let start = words.afterFiller.startIndex
        guard start < words.words.count else { return false }
        if words.joinedToNext[start] { return true }
        // The nouns after it end in a metric's noun: "Offer acceptance rate", "Call abandonment rate".
        var end = start + 1
        while end < words.words.count, words.joinedToNext[end - 1] || !endsNounRun(words.words[end]) { end += 1 }
        let metricNoun = { (index: Int) in ActivityVocabulary.metricNouns.contains(stem: words.stems[index]) }
        return end > start + 1 && (metricNoun(start + 1) || metricNoun(end - 1))
    }

    /// "Deliver 98% of orders on time": a verb of work followed by a share is a service level, an outcome.
    private static func isServiceLevel(_ lead: ArraySlice<String>, _ subject: KeyResultSubject) -> Bool {
        let words = Array(lead.prefix(3))
        guard words.count > 2, ActivityVocabulary.rateVerbs.contains(word: words[0]), words[2] == "of" else { return false }
        return subject.reading.unit == "%" || subject.measures.first?.kind == .percent
    }

    /// "12 interviews", "50 sales calls", "the number of webinars": a count of effort.
    private static func countedEffort(in list: WordList) -> String? {
        let words = list.words
        for (index, word) in words.enumerated() where isCount(word) || (word == "of" && index > 0 && words[index - 1] == "number") {
            // The counted noun within three words; a hyphenated compound ("thank-you") counts as one word.
            var head: Int?
            var seen = 0
            var next = index + 1
            while next < words.count, seen < 3, !Vocabulary.stopwords.contains(words[next]), !isCount(words[next]) {
                head = next
                if !list.joinedToNext[next] { seen += 1 }
                next += 1
            }
            if let head, ActivityVocabulary.nouns.contains(stem: list.stems[head]) { return words[head] }
        }
        return nil
    }

    /// "Every engineer completes security training", "All managers attend a workshop": the team doing work.
    private static func teamDoes(_ lead: ArraySlice<String>, _ list: WordList) -> String? {
        let lead = lead.drop { ActivityVocabulary.introducers.contains($0) }
        guard let first = lead.first, ["every", "all", "each"].contains(first) || (first.startsWithNumber && lead.dropFirst().first == "of")
        else { return nil }
        let window = list.words.indices.dropFirst(lead.startIndex + 1).prefix(5)
        guard let person = window.first(where: { ActivityVocabulary.teamMembers.contains(stem: list.stems[$0]) }) else { return nil }
        let verb = window.drop { $0 <= person }.prefix(2).first { ActivityVocabulary.verbs.contains(stem: list.stems[$0]) }
        return verb.map { list.words[$0] }
    }

    /// "Customer interviews: 20 per quarter": the noun right before the first number counts effort.
    private static func effortBeforeCount(_ list: WordList) -> String? {
        guard let index = list.words.firstIndex(where: isCount), index > 0 else { return nil }
        return ActivityVocabulary.nouns.contains(stem: list.stems[index - 1]) ? list.words[index - 1] : nil
    }

    static func isCount(_ word: String) -> Bool {
        word.startsWithNumber || numberWords.contains(word)
    }

    private static let numberWords: WordSet = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
        "twenty", "thirty", "forty", "fifty", "hundred", "dozen", "dozens",
    ]
}
