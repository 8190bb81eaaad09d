/// The words `CompoundSplit` tells two measures from one with: what names a measure, which pairs joined by "and" are
/// one name, and which words make a phrase a population or a time rather than a second measure.
enum CompoundVocabulary {
    /// Nouns that name something measured on their own: "retention", "NPS", "churn", "sign-ups".
    static let measures = StemSet("""
        revenue arr mrr acv tcv gmv booking bookings sales profit profits margin income ebitda earnings cash burn \
        runway spend spending cost costs expense expenses price arpu arpa aov ltv cac roi roas cpa cpc cpl ctr \
        clickthrough churn retention renewal renewals attrition turnover activation adoption usage engagement \
        conversion conversions signups signup registrations registration trial trials subscribers subscriptions \
        followers traffic visits visitors sessions pageviews impressions awareness consideration downloads installs \
        leads mqls sqls pipeline deals demos opportunities nps csat ces enps satisfaction sentiment rating ratings \
        reviews score scores uptime availability latency speed throughput velocity mttr mttd mtta incidents incident \
        outages downtime defects bugs errors crashes crash rework quality accuracy coverage backlog tickets contacts \
        complaints escalations time rate rates frequency failures stockouts inventory delivery deliveries returns \
        refunds chargebacks fraud waste emissions energy water fuel injuries misses accidents absenteeism headcount \
        hires morale attendance enrollment enrolment graduation donations donors gifts gift volunteers hours members \
        membership share utilization productivity yield occupancy dau wau mau users customers accounts logos value \
        size count volume recall
        """)

    /// Pairs that name one thing: "profit and loss", "research and development"; the first word, then the second.
    static let onePair: WordTable<WordSet> = [
        "profit": ["loss", "losses"], "research": ["development"], "sales": ["marketing", "operations", "service"],
        "general": ["administrative"], "mergers": ["acquisitions"], "learning": ["development"],
        "diversity": ["inclusion", "equity"], "equity": ["inclusion"], "health": ["safety", "wellbeing"],
        "trust": ["safety"], "terms": ["conditions"], "operations": ["maintenance"], "repair": ["maintenance"],
        "food": ["beverage", "drink"], "travel": ["entertainment", "expenses"], "time": ["materials", "attendance"],
        "supply": ["demand"], "oil": ["gas"], "wear": ["tear"], "search": ["rescue"], "questions": ["answers"],
        "question": ["answer"], "pick": ["pack"], "click": ["collect"], "cross-sell": ["upsell"],
        "upsell": ["cross-sell"], "service": ["support"], "bed": ["breakfast"], "arts": ["crafts"],
    ]

    /// Words that name where or for whom something is measured, not a measure: "sales and marketing cost",
    /// "iOS and Android downloads". Before "and" and a phrase of several words, they share its last word.
    static let domains: WordSet = [
        "sales", "marketing", "research", "development", "engineering", "support", "product", "operations", "ops",
        "finance", "hr", "it", "security", "legal", "admin", "enterprise", "smb", "consumer", "mobile", "web",
        "desktop", "ios", "android", "online", "offline", "retail", "wholesale", "domestic", "international",
        "inbound", "outbound", "new", "existing", "paid", "organic", "direct", "partner", "channel",
    ]

    /// Words that start a phrase saying for whom, where or of what a measure is: "among enterprise and mid-market
    /// accounts", "in reading and maths", "between order and delivery".
    static let qualifiers: WordSet = [
        "among", "amongst", "across", "for", "in", "at", "from", "between", "within", "on", "of", "with", "including",
        "via", "through", "during", "by", "after", "before", "over", "under", "like", "such",
    ]

    /// Words that open a second time rather than a second measure: "in Q3 and Q4", "on weekdays and weekends".
    static let times: WordSet = [
        "q1", "q2", "q3", "q4", "h1", "h2", "weekday", "weekdays", "weekend", "weekends", "morning", "mornings",
        "evening", "evenings", "night", "nights", "day", "days", "week", "weeks", "month", "months", "quarter",
        "quarters", "year", "years", "today", "tomorrow", "spring", "summer", "autumn", "fall", "winter",
        "holidays", "beyond", "after", "then", "thereafter",
    ]

    /// Words before a phrase that say nothing of it: "and the retention rate", "and our NPS".
    static let determiners: WordSet = ["the", "our", "a", "an", "its", "their", "your", "my", "also", "both"]

    /// Whether a word of a sentence names a measure, as written ("sign-ups") or by its last part ("trial-to-paid").
    static func isMeasure(_ word: String) -> Bool {
        if measures.contains(word: word) { return true }
        guard word.contains("-") else { return false }
        let parts = word.split(separator: "-")
        return measures.contains(word: parts.joined()) || parts.last.map { measures.contains(word: String($0)) } ?? false
    }
}
