/// Store errors in the coach's words, with what only the coach knows.
extension Coach {
    /// A store error in the coach's words; a missing session suggests the nearest saved name.
    func describe(_ error: StoreError) -> String {
        if case .notFound(let name) = error { return notFound(name) }
        return book.describe(error)
    }
}
