/// Broad families of business concepts, so a key result about NPS is seen to serve an objective about delight.
///
/// Each family has core stems, each enough alone to say a text is about the family ("NPS", "recycling"), and
/// other stems that count only with a second word of the family ("business", "fast", "app"). Families overlap
/// on purpose ("churn" is about customers and about revenue), and some are linked: an audience and its traffic,
/// developers and their tools, customers and the product. A hint fires only on clear evidence; see
/// `ConceptProfile.isRelated(to:)`.
enum ConceptMap {
    /// One family: the words a hint names it by, and its stems.
    struct Family {
        /// How a person would say it: "customers and their satisfaction".
        let name: String
        /// Stems that alone put a text in the family.
        let core: StemSet
        /// Stems that put a text in the family only beside another of its stems.
        let other: StemSet
    }

    static let customers = 0, revenue = 1, marketing = 2, product = 3, reliability = 4, engineering = 5, team = 6
    static let costs = 7, environment = 8

    /// The families, indexed by the constants above.
    static let families: [Family] = [
        Family(
            name: "customers and their satisfaction",
            core: StemSet("""
                customer client satisfaction csat nps ces promoter detractor delight delighted churn loyal loyalty \
                complaint escalation helpdesk shopper shop shopping patient guest
                """),
            other: StemSet("""
                user satisfy satisfied happy happiness review rating feedback retain retention support ticket \
                response respond resolve resolution query inquiry enquiry service experience love sentiment stay \
                advocate advocacy reply renew renewal help faq knowledge documentation docs referral testimonial \
                trust trusted effort care success wait queue buyer
                """)),
        Family(
            name: "sales and revenue",
            core: StemSet("""
                revenue sale sales mrr arr acv income profit profitable profitably margin deal arpu arpa \
                ltv pricing monetize monetization upsell pipeline quota gmv purchase order checkout
                """),
            other: StemSet("""
                booking price expansion grow market share acquisition acquire lead conversion convert trial paid paying \
                subscriber subscription win won contract buyer retail money financial cash funding investor \
                valuation enterprise account partner partnership channel reseller customer client churn retain \
                retention renew renewal business shop
                """)),
        Family(
            name: "marketing and reach",
            core: StemSet("""
                brand awareness traffic visitor seo organic social follower impression campaign content blog \
                newsletter audience marketing website webinar podcast instagram linkedin tiktok youtube google \
                backlink influencer lead
                """),
            other: StemSet("""
                recognition presence visibility reputation visit search reach article media press mention \
                engagement email open click ctr launch community influence thought leadership market site web page \
                view download install store video event publication featured coverage rank ranking
                """)),
        Family(
            name: "how people use the product",
            core: StemSet("""
                product feature usage dau mau wau adoption activation activate onboarding onboard app ux \
                usability stickiness
                """),
            other: StemSet("""
                active engagement engage adopt session retention mobile platform release launch roadmap \
                experience ui design workflow integration api self serve checkout value aha habit power user \
                rating star download ios android easy easiest simple intuitive effortless
                """)),
        Family(
            name: "reliability and speed",
            core: StemSet("""
                uptime availability outage incident downtime latency crash bug defect p95 p99 mttr mttd sla slo \
                failure
                """),
            other: StemSet("""
                reliability reliable available performance speed fast faster fastest quick quickest slow load \
                error quality stable stability recovery resilience security secure vulnerability breach page
                """)),
        Family(
            name: "engineering work",
            core: StemSet("""
                engineering engineer developer code codebase deploy deployment kubernetes k8s devops ci cd \
                microservice infrastructure refactor release
                """),
            other: StemSet("""
                test coverage technical debt build platform scalable scalability pipeline cloud aws gcp \
                azure server database migration api ship shipping merge
                """)),
        Family(
            name: "the team and hiring",
            core: StemSet("""
                employee staff hire hiring recruit recruitment talent morale enps attrition turnover culture \
                wellbeing burnout headcount workplace employer promotion diversity inclusion inclusive diverse
                """),
            other: StemSet("""
                team person people engineer developer training learning learn skill skills manager leadership career \
                engagement retention hybrid remote happiness survey coach
                """)),
        Family(
            name: "costs and efficiency",
            core: StemSet("""
                cost spend expense efficiency efficient productivity productive overhead lean leaner streamline
                """),
            other: StemSet("""
                budget waste saving save cloud margin automation automate automated manual operation operational \
                throughput capacity utilization simplify fast faster quick speed cycle paper printer print \
                electricity energy utility travel supply facility aws
                """)),
        Family(
            name: "the environment and the office",
            core: StemSet("""
                office recycle recycling landfill carbon emission co2 footprint diesel fuel petrol fleet paper \
                printer printing sustainability sustainable green greener renewable solar climate environment \
                environmental electricity
                """),
            other: StemSet("""
                waste energy power vehicle car van truck travel flight water facility building
                """)),
    ]

    /// Pairs of families with a natural link, counted as related: an audience and its traffic, the people who
    /// build and what they build, what customers feel and what they pay.
    static let links: [(Int, Int)] = [
        (customers, revenue), (customers, marketing), (customers, product), (customers, reliability),
        (revenue, marketing), (revenue, product), (revenue, costs), (marketing, product), (product, reliability),
        (product, engineering), (reliability, engineering), (engineering, team), (engineering, costs),
        (costs, environment),
    ]

    /// For each family (bit `i` is `families[i]`), the families it is linked to, itself included.
    static let linked: [UInt16] = families.indices.map { index in
        links.reduce(UInt16(1) << UInt16(index)) { bits, link in
            if link.0 == index { return bits | 1 << UInt16(link.1) }
            if link.1 == index { return bits | 1 << UInt16(link.0) }
            return bits
        }
    }

    /// For each stem, the families it is core to and the families it belongs to at all, as bits, looked up once
    /// per word.
    static let familiesByStem: WordTable<(core: UInt16, any: UInt16)> = {
        var map: [String: (core: UInt16, any: UInt16)] = [:]
        for (index, family) in families.enumerated() {
            let bit = UInt16(1) << UInt16(index)
            for stem in family.core.stems {
                map[stem, default: (0, 0)].core |= bit
                map[stem, default: (0, 0)].any |= bit
            }
            for stem in family.other.stems { map[stem, default: (0, 0)].any |= bit }
        }
        return WordTable(map)
    }()

    /// The name of the first family set in `bits`, for a message: "customers and their satisfaction".
    static func name(_ bits: UInt16) -> String {
        families.indices.first { bits & (1 << UInt16($0)) != 0 }.map { families[$0].name } ?? ""
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
