/// Broad families of business concepts, so a key result about NPS is seen to serve an objective about delight.
///
/// Families overlap on purpose: "retention" is both about customers and about growth. Two texts are related when
/// they share a word stem or a family. The map only has to be broad enough to stay quiet on related pairs; a hint
/// fires only when both texts name known concepts and none are shared.
enum ConceptMap {
    /// The families, each with the name a hint shows ("customers", "costs") and its word stems.
    static let families: [(name: String, stems: StemSet)] = [
        ("customers", StemSet("""
            customer client user satisfaction satisfy satisfied happy happiness delight delighted nps csat ces \
            promoter detractor review rating star feedback churn retain retention loyal loyalty support ticket \
            complaint escalation response respond resolve resolution query inquiry enquiry service experience love sentiment \
            stay advocate advocacy reply renew renewal help faq knowledge documentation docs self referral testimonial trust effort helpdesk care success wait queue
            """)),
        ("revenue", StemSet("""
            revenue sale sales mrr arr income profit profitable margin deal pipeline booking arpu arpa ltv price \
            pricing monetize monetization upsell upgrade expansion grow growth expand market share acquisition \
            acquire lead conversion convert trial paid paying subscriber subscription business win won quota \
            contract order purchase buyer checkout retail product gmv money financial cash funding investor valuation enterprise \
            account partner partnership channel reseller customer client scale churn retain retention renew renewal
            """)),
        ("marketing", StemSet("""
            brand awareness recognition presence visibility reputation traffic visitor visit seo search organic \
            social follower impression reach campaign content blog article media press mention engagement email \
            newsletter open click ctr audience launch community influence thought leadership market marketing website \
            site web page view download install store app video podcast webinar event publication featured \
            pr coverage backlink rank ranking google
            """)),
        ("product use", StemSet("""
            product feature usage active dau mau wau engagement engage adoption adopt activation activate \
            onboarding onboard session retention app mobile platform release launch roadmap experience ux ui \
            design usability workflow integration api self serve checkout value aha habit stickiness power user \
            rating star download ios android \
            uptime availability performance speed fast bug crash quality reliability latency error
            """)),
        ("engineering", StemSet("""
            reliability reliable uptime availability available outage incident downtime latency performance \
            speed fast faster fastest quick quickest slow load error bug defect crash quality stable stability deploy deployment release \
            lead cycle mttr mttd recovery resilience test coverage security secure vulnerability breach compliance \
            platform infrastructure scalable scalability engineering code technical debt pipeline build sla slo \
            kubernetes k8s cloud aws gcp azure server service microservice database migration devops ci cd \
            p95 p99 response page
            """)),
        ("the team", StemSet("""
            team employee staff people person engineer engineering hire hiring recruit recruitment talent morale \
            enps attrition turnover culture training learning learn skill skills wellbeing burnout onboarding \
            manager leadership career promotion diversity inclusion engagement headcount retention workplace \
            hybrid remote happiness satisfaction survey
            """)),
        ("costs", StemSet("""
            cost spend expense budget efficiency efficient productivity productive waste saving save cloud margin \
            automation automate automated manual operation operational throughput capacity \
            utilization overhead lean streamline simplify fast faster fastest quick speed cycle \
            paper printer print electricity energy utility travel supply facility
            """)),
        ("sustainability and facilities", StemSet("""
            office recycle recycling waste landfill energy electricity power carbon emission co2 footprint diesel fuel \
            petrol fleet vehicle car van truck travel flight paper printer print water facility building sustainability \
            sustainable green renewable solar climate environment environmental
            """)),
    ]

    /// For each stem, the families it belongs to as bits (bit `i` is `families[i]`), looked up once per word.
    static let familiesByStem: WordTable<UInt16> = {
        var map: [String: UInt16] = [:]
        for (index, family) in families.enumerated() {
            for stem in family.stems.stems { map[stem, default: 0] |= 1 << UInt16(index) }
        }
        return WordTable(map)
    }()

    /// The names of the families set in `bits`, joined for a message: "customers, revenue".
    static func names(_ bits: UInt16) -> String {
        families.indices.filter { bits & (1 << UInt16($0)) != 0 }.map { families[$0].name }.joined(separator: ", ")
    }

    /// Stems too general to relate two texts: verbs of change, units, time words and function words.
    static let generic = StemSet("""
        increase decrease raise reduce improve achieve reach get make keep maintain boost cut lower lift \
        hit become be our the a an of in on for to from by with and or at per all more less new number rate \
        level total average median mean percent percentage point q1 q2 q3 q4 h1 h2 end month week year quarter \
        day time daily weekly monthly quarterly annual annually yearly first key best top world class leading great \
        better high higher low lower we us it its this that their them make sure across every each than into \
        within least most over under above below through out up down next current today baseline target goal \
        objective result okr use process way
        """)
}
