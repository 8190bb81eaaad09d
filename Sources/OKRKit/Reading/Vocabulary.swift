/// The word lists the reader interprets sentences with. Data, not logic: extend the lists to read more.
enum Vocabulary {
    /// Adds the usual inflections of each verb: "raise" gives "raises", "raised", "raising".
    static func inflected(_ verbs: [String]) -> WordSet {
        var forms = Set<String>()
        for verb in verbs {
            forms.insert(verb)
            if verb.contains(" ") { continue }
            if verb.hasSuffix("e") {
                forms.insert(verb + "s")
                forms.insert(verb + "d")
                forms.insert(String(verb.dropLast()) + "ing")
            } else if verb.hasSuffix("y"), let last = verb.dropLast().last, !"aeiou".contains(last) {
                forms.insert(String(verb.dropLast()) + "ies")
                forms.insert(String(verb.dropLast()) + "ied")
                forms.insert(verb + "ing")
            } else {
                let es = verb.hasSuffix("s") || verb.hasSuffix("sh") || verb.hasSuffix("ch") || verb.hasSuffix("x")
                forms.insert(verb + (es ? "es" : "s"))
                forms.insert(verb + "ed")
                forms.insert(verb + "ing")
                // Short verbs ending consonant-vowel-consonant double it: "cut" "cutting", "win" "winning".
                let scalars = Array(verb.unicodeScalars)
                if scalars.count <= 4, scalars.count >= 3, !"aeiouwxy".unicodeScalars.contains(scalars[scalars.count - 1]),
                    "aeiou".unicodeScalars.contains(scalars[scalars.count - 2])
                {
                    let last = String(Character(scalars[scalars.count - 1]))
                    forms.insert(verb + last + "ing")
                    forms.insert(verb + last + "ed")
                }
            }
        }
        return WordSet(forms)
    }

    /// Verbs that ask for more of the metric.
    static let increase = inflected([
        "increase", "raise", "grow", "improve", "boost", "expand", "lift", "accelerate", "scale", "gain", "win", "add",
        "maximise", "maximize", "enhance", "strengthen", "multiply", "extend", "widen", "broaden", "amplify", "drive",
        "double", "triple", "quadruple", "up", "uplift", "elevate", "heighten", "deepen", "climb", "rise", "ramp",
        "jump", "surge", "more",
    ]).union(["grew", "grown", "won", "rose", "risen", "higher", "bigger"])

    /// Verbs that ask for less of the metric.
    static let decrease = inflected([
        "reduce", "cut", "lower", "decrease", "shrink", "halve", "minimise", "minimize", "drop", "eliminate",
        "shorten", "decline", "slash", "trim", "lessen", "diminish", "curb", "contain", "avoid", "prevent",
        "eradicate", "remove", "compress", "squeeze", "fall", "fewer", "less", "limit", "mitigate", "tighten",
    ]).union(["fell", "fallen", "shrank", "shrunk", "lower", "smaller", "faster", "quicker"])

    /// Verbs that ask to hold a level: a health metric rather than a change.
    static let maintain = inflected([
        "keep", "maintain", "sustain", "hold", "stay", "remain", "preserve", "protect", "continue", "retain", "defend",
        "uphold", "stabilise", "stabilize",
    ]).union(["kept", "held"])

    /// Verbs that ask to reach a value or finish something, without a direction of their own.
    static let achieve = inflected([
        "achieve", "reach", "hit", "attain", "deliver", "land", "launch", "complete", "hire", "ship", "release",
        "publish", "run", "conduct", "host", "write", "create", "implement", "introduce", "roll", "deploy",
        "migrate", "integrate", "finish", "finalise", "finalize", "establish", "set", "define", "document", "design",
        "develop", "make", "get", "obtain", "exceed", "surpass", "beat", "meet", "score", "ensure", "go", "bring",
        "take", "move", "push", "return", "organise", "organize", "train", "interview", "test", "send", "post",
        "produce", "process", "handle", "resolve", "clear", "answer", "respond", "reply", "fix", "visit", "call", "contact", "survey",
        "certify", "pass", "adopt", "open", "enter", "expand into", "optimise", "optimize", "transform", "change",
        "streamline", "simplify", "automate", "standardise", "standardize", "update", "upgrade", "redesign", "revamp",
        "have", "earn", "attract", "capture", "acquire", "generate", "secure", "convert", "recruit", "onboard", "sign",
        "close", "sell", "book", "build",
    ]).union([
        "sold", "built", "ran", "wrote", "written", "made", "got", "gotten", "went", "brought", "took", "met", "sent", "hit",
        "has", "had",
    ])

    /// Every verb the reader knows, for a quick first test.
    static let verbs: WordSet = increase.union(decrease).union(maintain).union(achieve).union(phrasal.keys)

    /// Verbs that ask for a better metric without saying which way: "improve load time" means shorter.
    static let improving: WordSet = inflected([
        "improve", "optimise", "optimize", "accelerate", "better", "enhance", "speed", "streamline", "strengthen",
    ])

    /// Verbs that only introduce another verb: "ensure churn stays below 2%", "make sure", "help".
    static let leadIns: WordSet = inflected(["ensure", "help", "aim", "try", "strive", "work", "want", "need", "plan"])
        .union(["will", "shall", "should", "must", "to", "we", "i", "our", "the", "let's", "lets", "and", "be",
            "successfully", "significantly", "further", "continuously", "consistently", "dramatically", "actively",
            "sure", "also", "then", "can", "could", "would"])

    /// Two-word verbs and the way they point: "speed up" shortens a time, "bring down" lowers.
    static let phrasal: WordTable<[String: Direction]> = [
        "speed": ["up": .decrease], "bring": ["down": .decrease, "up": .increase], "drive": ["down": .decrease, "up": .increase],
        "push": ["down": .decrease, "up": .increase], "cut": ["down": .decrease, "back": .decrease],
        "scale": ["up": .increase, "down": .decrease], "ramp": ["up": .increase, "down": .decrease],
        "get": ["to": .achieve, "down": .decrease, "up": .increase], "go": ["from": .achieve],
        "knock": ["down": .decrease], "pay": ["down": .decrease, "off": .decrease], "wind": ["down": .decrease],
        "level": ["up": .increase], "step": ["up": .increase], "double": ["down": .achieve],
    ]

    /// Nouns whose metrics are better when lower: "improve load time" means making it shorter.
    static let lowerIsBetter: WordSet = [
        "time", "times", "latency", "churn", "cost", "costs", "spend", "spending", "expense", "expenses", "defect",
        "defects", "bug", "bugs", "error", "errors", "incident", "incidents", "outage", "outages", "downtime",
        "complaint", "complaints", "attrition", "turnover", "cac", "mttr", "mttd", "wait", "waiting", "delay",
        "delays", "backlog", "waste", "scrap", "returns", "refunds", "refund", "abandonment", "bounce", "burn",
        "debt", "failure", "failures", "crash", "crashes", "duration", "lead-time", "cycle-time", "time-to-hire",
        "escalations", "escalation", "tickets", "rework", "absenteeism", "injuries", "accidents", "vulnerabilities",
        "p95", "p99", "ttfb", "tat", "turnaround", "overdue", "late", "lateness", "cancellations", "chargebacks",
        "fraud", "risk", "variance", "shrinkage", "emissions", "overtime", "handle", "aht", "dso", "days-to-close",
    ]

    /// Words that make a lowercase "m" mean minutes: "build time 45m", "latency".
    static let timeWords: WordSet = [
        "time", "times", "latency", "duration", "mttr", "mtta", "mttd", "wait", "waiting", "build", "builds", "load",
        "response", "resolution", "turnaround", "cycle", "lead", "downtime", "outage", "delay", "session", "sessions",
        "runtime", "pipeline", "deploy", "deployment", "recovery", "handle", "aht", "hold",
    ]

    /// Words that end a count's noun: "12 interviews by Q3" counts interviews.
    static let stopwords: WordSet = [
        "a", "an", "the", "and", "or", "but", "by", "to", "from", "in", "on", "at", "of", "for", "with", "within",
        "without", "per", "each", "every", "this", "that", "these", "those", "next", "before", "after", "until", "till",
        "through", "during", "via", "across", "over", "under", "above", "below", "than", "vs", "versus", "while",
        "whilst", "so", "as", "is", "are", "be", "was", "were", "our", "their", "its", "we", "it", "into", "onto",
        "up", "down", "out", "off", "between", "among", "about", "around", "approximately", "roughly", "nearly",
        "almost", "least", "most", "more", "less", "fewer", "or", "and", "all", "end", "q1", "q2", "q3", "q4", "h1",
        "h2", "eoq", "eoy", "eom", "ytd", "qoq", "mom", "yoy", "wow", "today", "now", "currently", "baseline",
        "confidence", "which", "who", "where", "when", "then", "if", "not", "no", "yes",
    ]

    /// Verbs whose short time limits are service levels: "respond within 4 hours" sets a limit on each case.
    static let serviceVerbs: WordSet = inflected([
        "respond", "resolve", "reply", "answer", "acknowledge", "close", "fix", "ship", "deliver", "process", "onboard",
        "approve", "triage", "handle", "review", "merge", "deploy", "restore", "recover", "refund", "fulfil", "fulfill",
        "dispatch", "load", "render", "return", "pay", "contact", "call", "address", "patch", "escalate", "route",
    ]).union(["response", "resolution", "responses", "resolutions", "turnaround", "sla", "slas", "first-response"])

    /// Verbs that are also nouns starting a metric's name: "close rate", "build time", "win rate".
    static let nounVerbs: WordSet = [
        "close", "process", "handle", "test", "build", "call", "deploy", "release", "design", "survey", "return", "update",
        "win", "run", "sign", "set", "post", "train", "contact", "book", "drop", "launch", "hire", "burn", "change", "hold",
        "gain", "lift",
        "open", "score", "fix", "ship", "answer", "reply", "visit", "pass", "convert", "scale", "lead", "load",
        "resolve", "respond", "review", "merge", "deliver",
    ]

    /// Nouns that end a metric's name: after "close", "rate" makes "close rate" a metric, not a verb and object.
    static let metricHeads: WordSet = [
        "rate", "rates", "time", "times", "ratio", "score", "scores", "cost", "costs", "coverage", "volume", "volumes",
        "frequency", "count", "counts", "speed", "velocity", "quality", "success", "duration", "size", "throughput",
        "share", "value", "level", "levels", "capacity", "latency", "percentage", "cycle", "backlog", "pipeline",
    ]

    /// Words after which a number is part of a name, not an amount: "ISO 27001", "Tier 1", "Phase 2".
    static let namePrefixes: WordSet = [
        "iso", "soc", "pci", "wcag", "tier", "phase", "version", "sev", "severity", "priority", "gen", "generation",
        "series", "stage", "type", "class", "ios", "android", "windows", "hipaa", "nist", "covid", "web", "level",
        "p", "v", "rfc", "article", "section", "chapter", "gdpr", "iec", "python", "java",
    ]

    /// Days of the week, as deadlines after a preposition: "by Friday".
    static let weekdays: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri",
    ]

    /// Seasons, as deadlines after a preposition: "by summer 2027".
    static let seasons: WordSet = ["spring", "summer", "autumn", "fall", "winter"]

    /// Events that date a result after a preposition: "by launch", "before go-live".
    static let events: WordSet = [
        "launch", "ga", "go-live", "golive", "kickoff", "kick-off", "renewal", "rollout", "christmas", "holidays",
        "year-end", "quarter-end", "month-end",
    ]

    /// Month names and their usual abbreviations, with the month's number.
    static let monthNumbers: WordTable<Int> = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    /// Month names and their usual abbreviations.
    static let months = WordSet(monthNumbers.keys)
}
