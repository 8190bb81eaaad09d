/// Words that say nothing about which metric is meant: function words, and the verbs and fillers every key
/// result uses ("increase", "reduce", "by", "from", "to").
enum StopWords {
    /// The folded, unstemmed stop words.
    static let all: Set<String> = [
        "a", "about", "above", "across", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
        "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
        "did", "do", "does", "doing", "down", "during", "each", "either", "else", "ensure", "etc", "every", "few", "for",
        "from", "further", "get", "gets", "getting", "had", "has", "have", "having", "he", "her", "here", "hers", "him",
        "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "least", "less", "let",
        "make", "making", "me", "more", "most", "much", "must", "my", "no", "nor", "not", "of", "off", "on", "once",
        "only", "or", "other", "our", "ours", "out", "over", "own", "per", "same", "she", "should", "so", "some", "such",
        "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too",
        "under", "until", "up", "upon", "us", "very", "via", "was", "we", "were", "what", "when", "where", "which",
        "while", "who", "whom", "why", "will", "with", "within", "without", "would", "you", "your", "yours",
        // The moves every key result makes, which name no metric.
        "achieve", "achieved", "boost", "boosting", "bring", "cut", "cutting", "decrease", "decreased", "decreasing",
        "double", "doubling", "drive", "driving", "enhance", "go", "halve", "hit", "improve", "improved", "improving",
        "increase", "increased", "increasing", "keep", "lift", "lower", "lowering", "maintain", "maximise", "maximize",
        "minimise", "minimize", "move", "optimise", "optimize", "raise", "raising", "reach", "reduce", "reduced",
        "reducing", "shrink", "stay", "sustain", "take", "triple",
        // Fillers around numbers and deadlines.
        "end", "percent", "percentage", "pct", "points", "pp", "bps", "target", "currently",
        "baseline", "quarter", "year", "next", "eoy", "eoq", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    ]
}
