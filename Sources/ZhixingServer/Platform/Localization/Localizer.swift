import Vapor

/// The user-facing strings of the web UI, one table per language, loaded from
/// `Resources/Localization/<language>.json`. zh-CN first, English second.
struct Localizer: Sendable {
    static let languages = ["zh-CN", "en"]
    static let defaultLanguage = "zh-CN"

    let tables: [String: [String: String]]

    static func load(from directory: String) throws -> Localizer {
        var tables: [String: [String: String]] = [:]
        for language in languages {
            let url = URL(fileURLWithPath: directory).appendingPathComponent("\(language).json")
            let data = try Data(contentsOf: url)
            tables[language] = try JSONDecoder().decode([String: String].self, from: data)
        }
        return Localizer(tables: tables)
    }

    func table(_ language: String) -> [String: String] {
        tables[Self.normalise(language)] ?? tables[Self.defaultLanguage] ?? [:]
    }

    func text(_ key: String, _ language: String) -> String {
        table(language)[key] ?? key
    }

    /// `en`, `en-GB` → `en`; anything else we know → `zh-CN`; `nil` for languages we do not have.
    static func match(_ tag: String) -> String? {
        let lower = tag.lowercased().trimmingCharacters(in: .whitespaces)
        if lower.hasPrefix("en") { return "en" }
        if lower.hasPrefix("zh") { return "zh-CN" }
        return nil
    }

    static func normalise(_ tag: String) -> String { match(tag) ?? defaultLanguage }

    /// The first of the user's Accept-Language choices that we have, by their q-values.
    static func fromAcceptLanguage(_ header: String?) -> String? {
        guard let header else { return nil }
        let choices = header.split(separator: ",").compactMap { part -> (String, Double)? in
            let pieces = part.split(separator: ";")
            guard let tag = pieces.first else { return nil }
            var q = 1.0
            for piece in pieces.dropFirst() {
                let kv = piece.trimmingCharacters(in: .whitespaces)
                if kv.hasPrefix("q="), let value = Double(kv.dropFirst(2)) { q = value }
            }
            return (String(tag), q)
        }
        let ordered = choices.enumerated().sorted { a, b in
            a.element.1 != b.element.1 ? a.element.1 > b.element.1 : a.offset < b.offset
        }
        return ordered.lazy.compactMap { match($0.element.0) }.first
    }
}

extension Application {
    private struct LocalizerKey: StorageKey { typealias Value = Localizer }

    var localizer: Localizer {
        get { storage[LocalizerKey.self] ?? Localizer(tables: [:]) }
        set { storage[LocalizerKey.self] = newValue }
    }
}

extension Request {
    static let languageCookie = "zhixing_lang"

    /// The page language: the user's switch (a cookie) first, then Accept-Language, then zh-CN.
    var language: String {
        if let cookie = cookies[Self.languageCookie]?.string, let lang = Localizer.match(cookie) { return lang }
        return Localizer.fromAcceptLanguage(headers.first(name: .acceptLanguage)) ?? Localizer.defaultLanguage
    }

    func t(_ key: String) -> String { application.localizer.text(key, language) }
}
