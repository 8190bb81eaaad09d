/// Time units as people abbreviate them, with the name the reader reports and its length.
enum TimeUnit {
    /// Written form (lowercase) to reported unit. Single letters ("h", "s", "d") count only when glued to the number.
    static let names: WordTable<String> = {
        var map: [String: String] = [:]
        let table: [(String, [String])] = [
            ("ms", ["ms", "msec", "msecs", "millisecond", "milliseconds"]),
            ("seconds", ["s", "sec", "secs", "second", "seconds"]),
            ("minutes", ["min", "mins", "minute", "minutes"]),
            ("hours", ["h", "hr", "hrs", "hour", "hours"]),
            ("days", ["d", "day", "days"]),
            ("weeks", ["w", "wk", "wks", "week", "weeks"]),
            ("months", ["mo", "mos", "mth", "mths", "month", "months"]),
            ("quarters", ["quarter", "quarters"]),
            ("sprints", ["sprint", "sprints"]),
            ("years", ["y", "yr", "yrs", "year", "years"]),
        ]
        for (name, forms) in table { for form in forms { map[form] = name } }
        return WordTable(map)
    }()

    /// Reported unit to seconds.
    static let secondsPer: WordTable<Double> = [
        "ms": 0.001, "seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "weeks": 604_800,
        "months": 2_629_800, "quarters": 7_889_400, "years": 31_557_600,
        "sprints": 1_209_600,
    ]

    /// The period named by a rate's denominator: "month" for "/mo", "per month", "monthly".
    static let periods: WordTable<String> = [
        "day": "day", "d": "day", "daily": "day", "week": "week", "wk": "week", "w": "week", "weekly": "week",
        "month": "month", "mo": "month", "mth": "month", "monthly": "month", "quarter": "quarter", "q": "quarter",
        "quarterly": "quarter", "year": "year", "yr": "year", "y": "year", "annum": "year", "annually": "year",
        "yearly": "year", "hour": "hour", "hr": "hour", "h": "hour", "sprint": "sprint",
    ]
}

extension TimeUnit {
    /// Words that make an amount a rate by themselves: "20% QoQ", "$5k monthly".
    static let cadences: WordTable<String> = [
        "daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter", "annually": "year",
        "yearly": "year", "annual": "year", "dod": "day", "wow": "week", "mom": "month", "qoq": "quarter", "yoy": "year",
        "day-over-day": "day", "week-over-week": "week", "month-over-month": "month", "quarter-over-quarter": "quarter",
        "year-over-year": "year", "week-on-week": "week", "month-on-month": "month", "year-on-year": "year",
    ]
}

/// Currencies, magnitude suffixes and percent words.
enum Units {
    /// Currency symbols written before or after an amount.
    static let currencySymbols: WordSet = ["$", "€", "£", "¥", "₹", "₩", "₽", "₺", "₪", "₫", "₱", "¢", "₿"]

    /// Currency codes and names (lowercase) to the unit reported.
    static let currencyWords: WordTable<String> = [
        "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "rmb": "CNY", "inr": "INR", "cad": "CAD",
        "aud": "AUD", "chf": "CHF", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "brl": "BRL", "mxn": "MXN", "sgd": "SGD",
        "nzd": "NZD", "zar": "ZAR", "pln": "PLN", "krw": "KRW", "hkd": "HKD", "us$": "$",
        "dollar": "$", "dollars": "$", "euro": "€", "euros": "€", "pound": "£", "pounds": "£", "bucks": "$",
        "yen": "¥", "rupees": "₹",
    ]

    /// Magnitude words and suffixes (lowercase). "m" is a million: minutes are written "min".
    static let scales: WordTable<Double> = [
        "k": 1e3, "thousand": 1e3, "thousands": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "mil": 1e6, "mio": 1e6,
        "million": 1e6, "millions": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9, "billions": 1e9, "t": 1e12,
        "tn": 1e12, "trillion": 1e12, "lakh": 1e5, "crore": 1e7,
    ]

    /// Scales that must be glued to the number ("250K"), because as separate words they mean something else.
    static let gluedOnlyScales: WordSet = ["k", "m", "mm", "mn", "b", "t", "tn"]

    /// Words that make the amount before them a percentage.
    static let percentWords: WordSet = ["percent", "pct", "per-cent", "percentage", "precent", "percnt", "prct"]

    /// Words that make the amount before them points, with the unit reported.
    static let pointWords: WordTable<String> = [
        "pp": "pp", "ppt": "pp", "ppts": "pp", "pt": "points", "pts": "points", "point": "points", "points": "points",
        "bps": "bps", "bp": "bps",
    ]
}
