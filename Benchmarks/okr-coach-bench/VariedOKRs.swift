import OKRKit

/// Varied OKR sentences, as people write them, for the big-set figures: drawn from a fixed seed out of many verbs,
/// metrics, units, number shapes, deadlines, confidence notes and objectives, so every run measures the same set
/// and the reader meets as many shapes as it does in real use rather than one template 10,000 times.
struct VariedOKRs {
    private var random: SplitMix64

    /// The sentences of one seed; the bench uses `standard` so its figures compare from run to run.
    init(seed: UInt64 = 20_270_101) { random = SplitMix64(seed: seed) }

    /// What a metric counts, which decides the numbers written beside it.
    private enum Measure { case percent, money, count, latency, hours, days, score, rating, ratio }

    /// `objectives` objectives with `keyResultsEach` key results each; about a third of the key results carry a
    /// confidence, and one objective in ten is committed.
    mutating func objectives(_ objectives: Int, keyResultsEach: Int) -> [Objective] {
        (0..<objectives).map { _ in
            let text = pick(Self.objectiveTexts)
            let kind: ObjectiveKind = next(10) == 0 ? .committed : .aspirational
            let keyResults = (0..<keyResultsEach).map { _ in
                KeyResult(text: keyResult(), confidence: next(3) == 0 ? Double(next(11)) : nil)
            }
            return Objective(text: text, kind: kind, keyResults: keyResults)
        }
    }

    /// How an outline line writes a confidence, in one of the shapes people use (`shape` picks which).
    static func confidenceNote(_ value: Double, shape: Int) -> String {
        let tenths = Int(value)
        switch shape % 4 {
        case 0: return "(confidence \(tenths)/10)"
        case 1: return "[\(tenths)/10]"
        case 2: return "(conf \(tenths)/10)"
        default: return "- \(tenths * 10)% confident"
        }
    }

    /// How an outline line writes an objective's kind, when it does (`shape` picks whether and how).
    static func kindTag(_ kind: ObjectiveKind, shape: Int) -> String {
        switch (kind, shape % 3) {
        case (.committed, 0): return " [committed]"
        case (.committed, _): return " (committed)"
        case (.aspirational, 0): return " [aspirational]"
        case (.aspirational, _): return ""
        }
    }

    /// One key-result sentence, most of them with a deadline.
    mutating func keyResult() -> String {
        let (metric, measure) = pick(Self.metrics)
        let sentence: String
        switch next(20) {
        case 0...5: sentence = "\(pick(Self.changeVerbs)) \(metric) from \(amount(measure)) to \(amount(measure))"
        case 6...7: sentence = "\(metric.capitalizedFirst): \(amount(measure)) \(pick(["→", "->", "to"])) \(amount(measure))"
        case 8...9: sentence = "\(pick(Self.changeVerbs)) \(metric) to \(amount(measure))"
        case 10...11: sentence = "\(pick(Self.changeVerbs)) \(metric) by \(change(measure))"
        case 12...13: sentence = "\(pick(Self.levelVerbs)) \(metric) \(pick(Self.bounds)) \(amount(measure))"
        case 14...16: sentence = activity()
        case 17: sentence = "\(pick(["Reach", "Hit", "Achieve", "Get to"])) \(amount(measure)) \(metric)"
        case 18: sentence = "\(pick(["Double", "Triple", "Halve"])) \(metric)"
        default: sentence = "\(pick(Self.changeVerbs)) \(metric)"
        }
        return next(7) == 0 ? sentence : sentence + " " + pick(Self.deadlines)
    }

    /// Work to do rather than a result: "Hire 4 senior backend engineers by June", "Launch the partner portal".
    private mutating func activity() -> String {
        let (verb, objects) = pick(Self.activities)
        let object = pick(objects)
        return next(2) == 0 ? "\(verb) \(count()) \(object)" : "\(verb) the \(object)"
    }

    /// A value in the measure's unit, in one of the shapes people type.
    private mutating func amount(_ measure: Measure) -> String {
        switch measure {
        case .percent: return next(3) == 0 ? "\(next(100)).\(next(10))%" : "\(1 + next(99))%"
        case .money:
            let currency = pick(["$", "€", "£", "$", "USD "])
            switch next(4) {
            case 0: return "\(currency)\(1 + next(900))k"
            case 1: return "\(currency)\(1 + next(9)).\(next(10))M"
            case 2: return "\(currency)\(grouped(1_000 + next(90_000)))"
            default: return "\(currency)\(10 + next(990))"
            }
        case .count: return count()
        case .latency: return "\(50 + next(950)) \(pick(["ms", "ms", "milliseconds"]))"
        case .hours: return "\(1 + next(72)) \(pick(["hours", "h", "hrs"]))"
        case .days: return "\(1 + next(60)) \(pick(["days", "days", "weeks"]))"
        case .score: return "\(next(90) - 20)"
        case .rating: return "\(1 + next(4)).\(next(10))\(pick(["", "/5", " stars"]))"
        case .ratio: return "\(1 + next(5)).\(next(10))x"
        }
    }

    /// A move: "25%", "10 points", "$2M", "3.5x", "half".
    private mutating func change(_ measure: Measure) -> String {
        switch (measure, next(4)) {
        case (.score, _): return "\(1 + next(20)) points"
        case (.money, 0), (.count, 0): return amount(measure)
        case (_, 1): return "\(1 + next(4)).\(next(10))x"
        case (_, 2): return pick(["half", "a third", "a quarter", "10 percentage points"])
        default: return "\(1 + next(60))%"
        }
    }

    /// A count in one of the shapes people type: "12", "1,200", "12k", "twelve".
    private mutating func count() -> String {
        switch next(5) {
        case 0: return grouped(1_000 + next(50_000))
        case 1: return "\(1 + next(90))k"
        case 2: return pick(["two", "three", "four", "five", "six", "eight", "ten", "twelve", "twenty", "fifty"])
        default: return "\(2 + next(400))"
        }
    }

    /// "12,345".
    private func grouped(_ n: Int) -> String {
        n < 1000 ? "\(n)" : "\(n / 1000),\(String(n % 1000).leftPadded(3))"
    }

    private mutating func next(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
    private mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }

    private static let changeVerbs = [
        "Increase", "Reduce", "Grow", "Cut", "Raise", "Lift", "Lower", "Improve", "Boost", "Decrease", "Drop", "Shrink",
        "Expand", "Accelerate", "Slash", "Trim", "Bring down", "Push", "Drive", "Move", "Take", "Get", "Scale",
        "Climb", "Decrease the", "Increase our", "Improve the", "We will grow", "Reduce average", "Speed up", "Bump",
        "Strengthen", "Win back", "Narrow", "Shorten", "Minimize", "Maximize", "Recover",
    ]
    private static let levelVerbs = [
        "Keep", "Hold", "Maintain", "Sustain", "Ensure", "Make sure", "Keep the", "Stay with", "Protect",
    ]
    private static let bounds = [
        "below", "above", "at least", "under", "at or above", "no more than", "over", "at", "within",
    ]
    private static let activities: [(String, [String])] = [
        ("Launch", ["referral program", "partner portal", "mobile app in Brazil", "loyalty scheme", "campaigns on LinkedIn"]),
        ("Ship", ["new pricing page", "self-serve onboarding flow", "SSO integration", "features from the roadmap"]),
        ("Hire", ["senior backend engineers", "account executives", "nurses for the night shift", "data analysts"]),
        ("Sign", ["new enterprise customers", "reseller agreements", "logistics partners in LATAM"]),
        ("Close", ["deals over $50k", "open audit findings", "legacy support queue"]),
        ("Publish", ["articles on the engineering blog", "public API documentation", "case studies"]),
        ("Migrate", ["billing service to Postgres", "workloads to the new platform", "mailboxes to Exchange Online"]),
        ("Run", ["paid campaigns", "customer workshops", "disaster-recovery drills", "A/B tests on checkout"]),
        ("Hold", ["customer interviews with churned accounts", "town halls", "toolbox talks at every site"]),
        ("Write", ["playbooks for support", "grant applications", "runbooks for on-call"]),
        ("Onboard", ["new logistics partners", "new paying customers", "volunteers for the food bank"]),
        ("Complete", ["GDPR training for all support staff", "SOC 2 audit", "kitchen refurbishment"]),
        ("Roll out", ["new CRM to the sales team", "zero-trust access", "feature flags"]),
        ("Host", ["webinars for prospects", "community meetups", "donor events"]),
        ("Recruit", ["mentors", "volunteers", "beta customers"]),
        ("Automate", ["invoice matching", "release pipeline", "weekly reporting"]),
        ("Decommission", ["Jenkins server", "old data warehouse", "legacy VPN"]),
        ("Plant", ["native trees along the river", "community gardens"]),
        ("Survey", ["tenants on service charges", "customers about pricing"]),
        ("Interview", ["churned customers", "power users", "candidates per week"]),
        ("Deploy", ["edge caches in Asia", "new CI runners", "payment retries"]),
        ("Localize", ["checkout into German and French", "help center into Spanish"]),
        ("Set up", ["weekly churn review with the CS leads", "quarterly business reviews"]),
        ("Make", ["donor thank-you calls each week", "sales calls per week"]),
    ]
    private static let metrics: [(String, Measure)] = [
        ("NPS", .score), ("Net Promoter Score", .score), ("eNPS", .score), ("customer churn", .percent),
        ("monthly logo churn", .percent), ("gross revenue churn", .percent), ("net revenue retention", .percent),
        ("ARR", .money), ("MRR", .money), ("new bookings", .money), ("pipeline coverage", .ratio),
        ("average deal size", .money), ("CAC", .money), ("LTV to CAC", .ratio), ("cost per lead", .money),
        ("p95 latency", .latency), ("p99 checkout latency", .latency), ("API response time", .latency),
        ("page load time", .latency), ("time to first byte", .latency), ("first response time", .hours),
        ("ticket resolution time", .hours), ("time to hire", .days), ("lead time for changes", .days),
        ("mean time to recovery", .hours), ("support tickets per week", .count), ("open tickets", .count),
        ("weekly sign-ups", .count), ("monthly active users", .count), ("weekly active teams", .count),
        ("daily active users", .count), ("recurring donors", .count), ("newsletter subscribers", .count),
        ("qualified leads", .count), ("demo requests", .count), ("production defects", .count),
        ("escaped bugs per release", .count), ("Sev-1 incidents", .count), ("security findings", .count),
        ("uptime", .percent), ("availability of the public API", .percent), ("error rate", .percent),
        ("crash-free sessions", .percent), ("test coverage", .percent), ("deploy frequency", .count),
        ("change failure rate", .percent), ("trial-to-paid conversion", .percent), ("checkout conversion", .percent),
        ("week-one activation", .percent), ("email open rate", .percent), ("click-through rate", .percent),
        ("gross margin", .percent), ("operating expenses", .money), ("cloud spend", .money),
        ("cost per ticket", .money), ("revenue per employee", .money), ("CSAT", .rating),
        ("app store rating", .rating), ("hiring manager satisfaction", .rating), ("employee engagement score", .score),
        ("voluntary attrition", .percent), ("offer acceptance rate", .percent), ("on-time delivery", .percent),
        ("inventory turns", .ratio), ("stock availability", .percent), ("order accuracy", .percent),
        ("shipment damage rate", .percent), ("warehouse pick time", .hours), ("days sales outstanding", .days),
        ("cash runway", .days), ("donations", .money), ("grant funding", .money), ("volunteer hours", .count),
        ("patient wait time", .hours), ("readmission rate", .percent), ("course completion rate", .percent),
        ("student pass rate", .percent), ("organic traffic", .count), ("share of voice", .percent),
        ("return on ad spend", .ratio), ("feature adoption", .percent), ("onboarding time", .days),
        ("backlog of invoices", .count), ("audit findings per site", .count),
    ]
    private static let deadlines = [
        "by Q3", "by end of Q2", "by the end of Q4", "by end of March", "by the end of June", "within 90 days",
        "within six months", "by 2027-06-30", "by 30.09.2027", "in H2", "by H1 2027", "by EOY", "this quarter",
        "before the holiday season", "by June 30", "by September", "in Q1 2027", "by the end of the year",
        "next quarter", "by 12/31/2027", "by week 8", "before launch", "in the next 60 days", "by FY27",
    ]
    private static let objectiveTexts = [
        "Make onboarding effortless for new customers", "Become the fastest checkout in our market",
        "Delight customers with support that feels personal", "Build a sales engine that scales without heroics",
        "Win the mid-market in DACH", "Keep the lights on while we migrate the platform",
        "Make our platform boringly reliable", "Ship quality software, faster", "Hire a world-class engineering team",
        "Make this the best place to work in the region", "Grow revenue from existing customers",
        "Turn our community into a growth channel", "Put security at the heart of every release",
        "Cut waste out of our supply chain", "Deliver every order on time and intact", "Fund the next two years of the mission",
        "Grow a loyal base of recurring donors", "Give patients shorter, safer stays", "Help every student finish the course",
        "Make our brand the one people recommend", "Own the conversation on developer experience",
        "Reach profitability without slowing growth", "Spend every cloud dollar wisely", "Close the books faster and cleaner",
        "Launch in Latin America", "Make the mobile app a joy to use", "Turn data into decisions across the company",
        "Earn the trust of enterprise buyers", "Reduce the cost to serve each customer", "Be carbon neutral across our offices",
        "Make hiring fast and fair", "Improve retention of our best people", "Grow the newsletter into a product",
        "Strengthen partnerships with resellers", "Make releases a non-event", "Keep customers for longer",
        "Double down on self-serve growth", "Make the warehouse safe and efficient", "Improve cash flow",
        "Ensure compliance with GDPR and SOC 2", "Increase revenue by 20% this year", "Grow ARR to $10M",
    ]
}

private extension String {
    /// "Net revenue retention" from "net revenue retention".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }

    /// "007" from "7" for a width of 3.
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
